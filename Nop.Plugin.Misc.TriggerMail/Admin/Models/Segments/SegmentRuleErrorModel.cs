namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;

/// <summary>One rule error as the page gets it: the rule's path ("rules[0].rules[1]") and the rule model's message.</summary>
public class SegmentRuleErrorModel
{
    public string Path { get; set; }

    public string Message { get; set; }
}
