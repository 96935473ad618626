namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

/// <summary>A rule tree that failed validation; the message lists every error with its path.</summary>
public sealed class SegmentRulesInvalidException : ArgumentException
{
    public SegmentRulesInvalidException(IReadOnlyList<SegmentRuleError> errors)
        : base("The segment rules are invalid: " + string.Join("; ", errors), "RulesJson")
    {
        Errors = errors;
    }

    public IReadOnlyList<SegmentRuleError> Errors { get; }
}
