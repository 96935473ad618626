using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tracking;

namespace Nop.Plugin.Misc.TriggerMail.Compliance;

/// <summary>
/// Removes a deleted customer's personal data from the plugin's delivery tables (and, through
/// <see cref="ActivityDataEraser"/>, from its chain and tracking tables). Messages keep their counts
/// (status, dates, scenario) for statistics but lose the address, subject and error texts (SMTP errors often
/// quote the address). Suppressions are kept as a keyed hash of the address: erasing them outright would let
/// a bounced or complaining address be mailed again, and the hash cannot be turned back into the address.
/// Opens and clicks still buffered are written first, so they keep their count and lose their details with the rest.
/// </summary>
public class PersonalDataEraser
{
    private readonly IRepository<Message> _messageRepository;
    private readonly IRepository<DeliveryAttempt> _attemptRepository;
    private readonly IRepository<Suppression> _suppressionRepository;
    private readonly SuppressionList _suppressionList;
    private readonly ActivityDataEraser _activityDataEraser;
    private readonly TrackingEventFlusher _trackingEventFlusher;

    public PersonalDataEraser(IRepository<Message> messageRepository, IRepository<DeliveryAttempt> attemptRepository,
        IRepository<Suppression> suppressionRepository, SuppressionList suppressionList, ActivityDataEraser activityDataEraser,
        TrackingEventFlusher trackingEventFlusher)
    {
        _trackingEventFlusher = trackingEventFlusher;
        _activityDataEraser = activityDataEraser;
        _messageRepository = messageRepository;
        _attemptRepository = attemptRepository;
        _suppressionRepository = suppressionRepository;
        _suppressionList = suppressionList;
    }

    public async Task EraseAsync(int customerId, string email)
    {
        await _trackingEventFlusher.TryFlushAsync();
        var normalized = SuppressionList.Normalize(email);
        var messageIds = await EraseMessagesAsync(customerId, normalized);
        await _activityDataEraser.EraseAsync(customerId, email, normalized, messageIds);
        await HashSuppressionsAsync(customerId, normalized);
    }

    private async Task<IReadOnlyCollection<int>> EraseMessagesAsync(int customerId, string email)
    {
        var messages = await _messageRepository.GetAllAsync(q => q.Where(m => m.CustomerId == customerId || (email != "" && m.ToEmail == email)));
        foreach (var message in messages)
        {
            message.ToEmail = string.Empty;
            message.Subject = null;
            message.LastError = null;
            await _messageRepository.UpdateAsync(message, false);
        }

        var ids = messages.Select(m => m.Id).ToList();
        var attempts = await _attemptRepository.GetAllAsync(q => q.Where(a => ids.Contains(a.MessageId) && a.Error != null));
        foreach (var attempt in attempts)
        {
            attempt.Error = null;
            await _attemptRepository.UpdateAsync(attempt, false);
        }

        return ids;
    }

    private async Task HashSuppressionsAsync(int customerId, string email)
    {
        var rows = await _suppressionRepository.GetAllAsync(q => q.Where(s => s.CustomerId == customerId || (email != "" && s.Email == email)));
        foreach (var row in rows.Where(r => !r.Email.StartsWith(SuppressionList.HashPrefix, StringComparison.Ordinal)))
        {
            var hash = _suppressionList.Hash(row.Email);
            var duplicate = await _suppressionRepository.GetAllAsync(q => q.Where(s => s.Email == hash && s.ScenarioId == row.ScenarioId));
            if (duplicate.Count > 0)
            {
                await _suppressionRepository.DeleteAsync(row, false);
                continue;
            }

            row.Email = hash;
            row.CustomerId = null;
            row.Note = null;
            await _suppressionRepository.UpdateAsync(row, false);
        }
    }
}
