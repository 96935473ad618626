namespace Nop.Plugin.Misc.TriggerMail.Segments.Compiler;

/// <summary>
/// What a compilation sees: the tables, the time the rule runs at (relative dates are fixed from it) and the
/// store (0: all stores) that orders, carts, newsletter lists and RFM scores are taken from.
/// </summary>
public sealed record SegmentScope(SegmentSources Sources, DateTime NowUtc, int StoreId)
{
    public DateTime DaysAgo(int days) => NowUtc.AddDays(-days);
}
