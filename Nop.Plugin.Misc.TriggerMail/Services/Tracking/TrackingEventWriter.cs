using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Plugin.Misc.TriggerMail.Engine.Tracking;

namespace Nop.Plugin.Misc.TriggerMail.Services.Tracking;

/// <summary>
/// Writes accepted opens and clicks in one insert: with two reads for the whole batch it drops events of messages
/// that are gone, do not match their token's guid or were erased (an erased customer's event would bring back an
/// IP address and agent), and flags machine-made ones, counting the clicks just before each one (a scanner fetching
/// every link) from the table and from the batch itself.
/// </summary>
public class TrackingEventWriter
{
    private static readonly TimeSpan _burstWindow = TimeSpan.FromSeconds(5);

    private readonly MachineTrafficClassifier _classifier;
    private readonly IRepository<Message> _messageRepository;
    private readonly IRepository<TrackingEvent> _trackingEventRepository;

    public TrackingEventWriter(MachineTrafficClassifier classifier, IRepository<Message> messageRepository,
        IRepository<TrackingEvent> trackingEventRepository)
    {
        _classifier = classifier;
        _messageRepository = messageRepository;
        _trackingEventRepository = trackingEventRepository;
    }

    /// <returns>How many events were written.</returns>
    public async Task<int> WriteAsync(IReadOnlyList<PendingTrackingEvent> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var messageIds = batch.Select(e => e.MessageId).Distinct().ToList();
        var messages = _messageRepository.Table
            .Where(m => messageIds.Contains(m.Id))
            .Select(m => new { m.Id, m.MessageGuid, m.SentOnUtc, m.ToEmail })
            .ToList()
            .Where(m => !string.IsNullOrEmpty(m.ToEmail))
            .ToDictionary(m => m.Id);
        var kept = batch
            .Where(e => messages.TryGetValue(e.MessageId, out var message) && message.MessageGuid == e.MessageGuid)
            .OrderBy(e => e.OccurredOnUtc)
            .ToList();
        if (kept.Count == 0)
            return 0;

        var earlierClicks = RecentClicks(kept);
        var rows = new List<TrackingEvent>(kept.Count);
        foreach (var pending in kept)
        {
            var sent = messages[pending.MessageId].SentOnUtc;
            var sinceSent = sent is { } sentOn ? pending.OccurredOnUtc - DateTime.SpecifyKind(sentOn, DateTimeKind.Utc) : TimeSpan.MaxValue;
            var burst = 0;
            if (pending.EventType == TrackingEventType.Click)
            {
                var clicks = earlierClicks.TryGetValue(pending.MessageId, out var times) ? times : earlierClicks[pending.MessageId] = [];
                burst = clicks.Count(t => t >= pending.OccurredOnUtc - _burstWindow && t <= pending.OccurredOnUtc);
                clicks.Add(pending.OccurredOnUtc);
            }

            var verdict = _classifier.Classify(new TrackingRequest(pending.EventType, pending.UserAgent, pending.IpAddress, sinceSent, burst));
            rows.Add(new TrackingEvent
            {
                MessageId = pending.MessageId,
                EventType = pending.EventType,
                OccurredOnUtc = pending.OccurredOnUtc,
                Url = pending.Url,
                IsMachine = verdict.IsMachine,
                IpAddress = Limit(pending.IpAddress, 100),
                UserAgent = Limit(pending.UserAgent, 1000)
            });
        }

        await _trackingEventRepository.InsertAsync(rows, publishEvent: false);
        return rows.Count;
    }

    private Dictionary<int, List<DateTime>> RecentClicks(IReadOnlyList<PendingTrackingEvent> kept)
    {
        var clicks = kept.Where(e => e.EventType == TrackingEventType.Click).ToList();
        if (clicks.Count == 0)
            return [];

        var ids = clicks.Select(e => e.MessageId).Distinct().ToList();
        var since = clicks.Min(e => e.OccurredOnUtc) - _burstWindow;
        return _trackingEventRepository.Table
            .Where(e => ids.Contains(e.MessageId) && e.EventTypeId == (int)TrackingEventType.Click && e.OccurredOnUtc >= since)
            .Select(e => new { e.MessageId, e.OccurredOnUtc })
            .ToList()
            .GroupBy(e => e.MessageId)
            .ToDictionary(g => g.Key, g => g.Select(e => DateTime.SpecifyKind(e.OccurredOnUtc, DateTimeKind.Utc)).ToList());
    }

    private static string Limit(string value, int length) => value is null || value.Length <= length ? value : value[..length];
}
