using Nop.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// A store event or time condition written once, as it happened, and interpreted later by the scheduled task.
/// The unique <see cref="DedupeKey"/> turns replays and racing scans into no-ops.
/// </summary>
public class TriggerInboxItem : BaseEntity
{
    public int TriggerKindId { get; set; }

    public int CustomerId { get; set; }

    public int StoreId { get; set; }

    /// <summary>
    /// Set when a time scan found the condition for one scenario's own threshold (e.g. its abandoned-cart delay);
    /// null for store events, which go to every active scenario of the kind.
    /// </summary>
    public int? ScenarioId { get; set; }

    public DateTime OccurredOnUtc { get; set; }

    public int? EntityId { get; set; }

    public string DedupeKey { get; set; }

    public string PayloadJson { get; set; }

    public int StatusId { get; set; }

    public string StatusReason { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? ProcessedOnUtc { get; set; }

    public TriggerKind TriggerKind
    {
        get => (TriggerKind)TriggerKindId;
        set => TriggerKindId = (int)value;
    }

    public InboxItemStatus Status
    {
        get => (InboxItemStatus)StatusId;
        set => StatusId = (int)value;
    }
}
