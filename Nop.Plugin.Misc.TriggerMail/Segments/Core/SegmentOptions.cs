namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

/// <summary>Names of the optional condition properties a field may accept (JSON property names).</summary>
public static class SegmentOptions
{
    public const string PaidOnly = "paidOnly";

    public const string FromUtc = "fromUtc";

    public const string ToUtc = "toUtc";

    public const string InLastDays = "inLastDays";

    public const string ScenarioId = "scenarioId";

    public static IReadOnlyList<string> OrderWindow { get; } = [PaidOnly, FromUtc, ToUtc, InLastDays];

    public static IReadOnlyList<string> Engagement { get; } = [ScenarioId, InLastDays];
}
