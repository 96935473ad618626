using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// Writes accepted opens and clicks in one insert: with two reads for the whole batch it drops events of messages
/// that are gone, do not match their token's guid or were erased (an erased customer's event would bring back an
/// IP address and agent) or that are not tracked (decided when the message was composed), and flags machine-made ones, counting the clicks just before each one (a scanner fetching
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
            .Select(m => new { m.Id, m.MessageGuid, m.SentOnUtc, m.ToEmail, m.IsTracked })
            .ToList()
            .Where(m => m.IsTracked && !string.IsNullOrEmpty(m.ToEmail))
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
                IpAddress = Text.Truncate(pending.IpAddress, TriggerMailDefaults.IpAddressLength),
                UserAgent = Text.Truncate(pending.UserAgent, TriggerMailDefaults.UserAgentLength)
            });
        }

        await _trackingEventRepository.InsertAsync(rows, publishEvent: false);
        return rows.Count;
    }

    // The clicks already in the table that each click of the batch must count. A message whose table clicks inside
    // every window of the batch ([newest - 5 s, oldest]) already make a burst is settled by one grouped count; only
    // the other messages' click times are read, so a much-clicked message does not load all its recent clicks.
    private Dictionary<int, List<DateTime>> RecentClicks(IReadOnlyList<PendingTrackingEvent> kept)
    {
        var clicks = kept.Where(e => e.EventType == TrackingEventType.Click).ToList();
        if (clicks.Count == 0)
            return [];

        var ids = clicks.Select(e => e.MessageId).Distinct().ToList();
        var oldest = clicks.Min(e => e.OccurredOnUtc);
        var newest = clicks.Max(e => e.OccurredOnUtc);
        var recent = new Dictionary<int, List<DateTime>>();
        if (newest - _burstWindow <= oldest)
        {
            var from = newest - _burstWindow;
            var bursting = _trackingEventRepository.Table
                .Where(e => ids.Contains(e.MessageId) && e.EventTypeId == (int)TrackingEventType.Click && e.OccurredOnUtc >= from && e.OccurredOnUtc <= oldest)
                .GroupBy(e => e.MessageId)
                .Select(g => new { MessageId = g.Key, Count = g.Count() })
                .Where(g => g.Count >= _classifier.ScannerBurstClicks - 1)
                .ToList();
            foreach (var message in bursting)
                recent[message.MessageId] = Enumerable.Repeat(oldest, message.Count).ToList();
            ids = ids.Except(recent.Keys).ToList();
        }

        if (ids.Count == 0)
            return recent;

        var since = oldest - _burstWindow;
        foreach (var group in _trackingEventRepository.Table
                     .Where(e => ids.Contains(e.MessageId) && e.EventTypeId == (int)TrackingEventType.Click && e.OccurredOnUtc >= since)
                     .Select(e => new { e.MessageId, e.OccurredOnUtc })
                     .ToList()
                     .GroupBy(e => e.MessageId))
            recent[group.Key] = group.Select(e => DateTime.SpecifyKind(e.OccurredOnUtc, DateTimeKind.Utc)).ToList();
        return recent;
    }
}
