namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;

/// <summary>The live count, or (Count null) the rule model's errors, each naming the rule by path.</summary>
public class SegmentCountResult
{
    public int? Count { get; set; }

    public IList<SegmentRuleErrorModel> Errors { get; set; } = [];
}
