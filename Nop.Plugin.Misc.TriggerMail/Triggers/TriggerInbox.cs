using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Triggers;

/// <summary>
/// Writes triggers into the inbox. One insert per trigger and nothing else: this runs on the store's request.
/// </summary>
public class TriggerInbox
{
    private readonly IRepository<TriggerInboxItem> _inboxRepository;
    private readonly TimeProvider _timeProvider;

    public TriggerInbox(IRepository<TriggerInboxItem> inboxRepository, TimeProvider timeProvider)
    {
        _inboxRepository = inboxRepository;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Records the trigger; returns false when its dedupe key is already there (a replayed event or a second
    /// scan), which is not an error.
    /// </summary>
    public Task<bool> WriteAsync(TriggerRecord trigger)
    {
        return WriteAsync(trigger, InboxItemStatus.Pending, null);
    }

    /// <summary>
    /// Records a trigger that must not start anything (an unknown or deleted customer, a cart already reminded)
    /// with the reason, so it is visible and its dedupe key is taken.
    /// </summary>
    public Task<bool> WriteSkippedAsync(TriggerRecord trigger, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("A skipped trigger needs a reason.", nameof(reason));

        return WriteAsync(trigger, InboxItemStatus.Skipped, reason);
    }

    private async Task<bool> WriteAsync(TriggerRecord trigger, InboxItemStatus status, string reason)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        if (string.IsNullOrWhiteSpace(trigger.DedupeKey))
            throw new ArgumentException("A trigger needs a dedupe key.", nameof(trigger));
        if (trigger.DedupeKey.Length > TriggerMailDefaults.DedupeKeyLength)
            throw new ArgumentException($"The dedupe key is longer than {TriggerMailDefaults.DedupeKeyLength} characters.", nameof(trigger));

        var item = new TriggerInboxItem
        {
            TriggerKind = trigger.Kind,
            CustomerId = trigger.CustomerId,
            StoreId = trigger.StoreId,
            ScenarioId = trigger.ScenarioId,
            OccurredOnUtc = trigger.OccurredOnUtc,
            EntityId = trigger.EntityId,
            DedupeKey = trigger.DedupeKey,
            PayloadJson = trigger.PayloadJson,
            Status = status,
            StatusReason = reason,
            CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        };
        if (status != InboxItemStatus.Pending)
            item.ProcessedOnUtc = item.CreatedOnUtc;

        return await _inboxRepository.InsertOnceAsync(item);
    }
}
