namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;

/// <summary>The rule builder's live-count request: the rules as the builder wrote them, and the store (0: all).</summary>
public class SegmentCountRequest
{
    public string RulesJson { get; set; }

    public int StoreId { get; set; }
}
