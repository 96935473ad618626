using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine;

namespace Nop.Plugin.Misc.TriggerMail.Services;

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
    public async Task<bool> WriteAsync(TriggerRecord trigger)
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
            Status = InboxItemStatus.Pending,
            CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        };

        try
        {
            await _inboxRepository.InsertAsync(item, publishEvent: false);
            return true;
        }
        catch (Exception exception) when (UniqueKeyViolation.IsCausedBy(exception))
        {
            return false;
        }
    }
}
