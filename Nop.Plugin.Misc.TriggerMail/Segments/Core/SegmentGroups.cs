namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

public static class SegmentGroups
{
    public const string And = "and";

    public const string Or = "or";

    public const string Not = "not";

    public static IReadOnlyList<string> All { get; } = [And, Or, Not];
}
