namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

/// <summary>What is wrong with one rule, and where: <c>rules[2].rules[0]: unknown operator 'gt' …</c>.</summary>
public sealed record SegmentRuleError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
