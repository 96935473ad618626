using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>
/// Recomputes one day's rollup rows from the raw tables with grouped queries (memory grows with the number of
/// scenario/step/variant keys, never with events) and writes them with SET semantics, so a repeated or racing
/// run writes the same figures. A unique open/click is a message's first one, counted on the day it happened.
/// </summary>
public class DailyStatRollup
{
    private readonly IRepository<Conversion> _conversionRepository;
    private readonly IRepository<DailyStat> _dailyStatRepository;
    private readonly IRepository<Enrollment> _enrollmentRepository;
    private readonly IRepository<Message> _messageRepository;
    private readonly IRepository<TrackingEvent> _trackingEventRepository;

    public DailyStatRollup(IRepository<Conversion> conversionRepository,
        IRepository<DailyStat> dailyStatRepository,
        IRepository<Enrollment> enrollmentRepository,
        IRepository<Message> messageRepository,
        IRepository<TrackingEvent> trackingEventRepository)
    {
        _conversionRepository = conversionRepository;
        _dailyStatRepository = dailyStatRepository;
        _enrollmentRepository = enrollmentRepository;
        _messageRepository = messageRepository;
        _trackingEventRepository = trackingEventRepository;
    }

    public async Task RecomputeDayAsync(DateTime day)
    {
        var start = day.Date;
        var end = start.AddDays(1);
        var figures = new Dictionary<DailyStatKey, DailyStat>();
        DailyStat Row(DailyStatKey key) => figures.TryGetValue(key, out var row) ? row : figures[key] = new DailyStat
        {
            Day = start, ScenarioId = key.ScenarioId, StepKey = key.StepKey, VariantKey = key.VariantKey
        };

        AddEventCounts(start, end, Row);
        AddUniqueCounts(start, end, Row);
        AddMessageCounts(start, end, Row);
        AddConversions(start, end, Row);
        AddEnrollments(start, end, Row);

        await SaveAsync(start, figures);
    }

    private void AddEventCounts(DateTime start, DateTime end, Func<DailyStatKey, DailyStat> row)
    {
        var counts = (from e in _trackingEventRepository.Table
                      join m in _messageRepository.Table on e.MessageId equals m.Id
                      where e.OccurredOnUtc >= start && e.OccurredOnUtc < end
                      group e by new { m.ScenarioId, m.StepKey, m.VariantKey, e.EventTypeId, e.IsMachine } into g
                      select new { g.Key.ScenarioId, g.Key.StepKey, g.Key.VariantKey, g.Key.EventTypeId, g.Key.IsMachine, Count = g.Count() })
            .ToList();

        foreach (var count in counts)
        {
            var stat = row(DailyStatKey.Of(count.ScenarioId, count.StepKey, count.VariantKey));
            switch ((TrackingEventType)count.EventTypeId)
            {
                case TrackingEventType.Open:
                    stat.Opens += count.Count;
                    if (!count.IsMachine)
                        stat.HumanOpens += count.Count;
                    break;
                case TrackingEventType.Click:
                    stat.Clicks += count.Count;
                    break;
                case TrackingEventType.Unsubscribe:
                    stat.Unsubscribes += count.Count;
                    break;
            }
        }
    }

    private void AddUniqueCounts(DateTime start, DateTime end, Func<DailyStatKey, DailyStat> row)
    {
        foreach (var first in FirstEvents(TrackingEventType.Open, humanOnly: false, start, end))
            row(first.Key).UniqueOpens += first.Count;
        foreach (var first in FirstEvents(TrackingEventType.Open, humanOnly: true, start, end))
            row(first.Key).UniqueHumanOpens += first.Count;
        foreach (var first in FirstEvents(TrackingEventType.Click, humanOnly: true, start, end))
            row(first.Key).UniqueClicks += first.Count;
    }

    // Messages with a qualifying event on the day and none before it.
    private IEnumerable<(DailyStatKey Key, int Count)> FirstEvents(TrackingEventType type, bool humanOnly, DateTime start, DateTime end)
    {
        var events = _trackingEventRepository.Table.Where(e => e.EventTypeId == (int)type && (!humanOnly || !e.IsMachine));
        return (from m in _messageRepository.Table
                where events.Any(e => e.MessageId == m.Id && e.OccurredOnUtc >= start && e.OccurredOnUtc < end)
                      && !events.Any(e => e.MessageId == m.Id && e.OccurredOnUtc < start)
                group m by new { m.ScenarioId, m.StepKey, m.VariantKey } into g
                select new { g.Key.ScenarioId, g.Key.StepKey, g.Key.VariantKey, Count = g.Count() })
            .AsEnumerable()
            .Select(x => (DailyStatKey.Of(x.ScenarioId, x.StepKey, x.VariantKey), x.Count));
    }

    private void AddMessageCounts(DateTime start, DateTime end, Func<DailyStatKey, DailyStat> row)
    {
        var sent = _messageRepository.Table
            .Where(m => m.StatusId == (int)MessageStatus.Sent && m.SentOnUtc >= start && m.SentOnUtc < end)
            .GroupBy(m => new { m.ScenarioId, m.StepKey, m.VariantKey })
            .Select(g => new { g.Key.ScenarioId, g.Key.StepKey, g.Key.VariantKey, Count = g.Count() })
            .ToList();
        foreach (var count in sent)
            row(DailyStatKey.Of(count.ScenarioId, count.StepKey, count.VariantKey)).Sent += count.Count;

        var notSent = _messageRepository.Table
            .Where(m => (m.StatusId == (int)MessageStatus.Failed || m.StatusId == (int)MessageStatus.Suppressed) && m.CreatedOnUtc >= start && m.CreatedOnUtc < end)
            .GroupBy(m => new { m.ScenarioId, m.StepKey, m.VariantKey, m.StatusId })
            .Select(g => new { g.Key.ScenarioId, g.Key.StepKey, g.Key.VariantKey, g.Key.StatusId, Count = g.Count() })
            .ToList();
        foreach (var count in notSent)
        {
            var stat = row(DailyStatKey.Of(count.ScenarioId, count.StepKey, count.VariantKey));
            if (count.StatusId == (int)MessageStatus.Failed)
                stat.Failed += count.Count;
            else
                stat.Suppressed += count.Count;
        }
    }

    private void AddConversions(DateTime start, DateTime end, Func<DailyStatKey, DailyStat> row)
    {
        var conversions = _conversionRepository.Table
            .Where(c => c.OrderedOnUtc >= start && c.OrderedOnUtc < end)
            .Select(c => new { c.ScenarioId, c.StepKey, c.VariantKey, c.IsHoldout, c.IsCancelled, c.Revenue })
            .AsEnumerable()
            .GroupBy(c => (Key: DailyStatKey.Of(c.ScenarioId, c.StepKey, c.VariantKey), c.IsHoldout));

        foreach (var group in conversions)
        {
            var stat = row(group.Key.Key);
            var orders = group.Count(c => !c.IsCancelled);
            var revenue = group.Sum(c => c.Revenue);
            if (group.Key.IsHoldout)
            {
                stat.HoldoutOrders += orders;
                stat.HoldoutRevenue += revenue;
            }
            else
            {
                stat.Orders += orders;
                stat.Revenue += revenue;
            }
        }
    }

    private void AddEnrollments(DateTime start, DateTime end, Func<DailyStatKey, DailyStat> row)
    {
        var enrollments = _enrollmentRepository.Table
            .Where(e => e.EnrolledOnUtc >= start && e.EnrolledOnUtc < end)
            .GroupBy(e => new { e.ScenarioId, e.IsHoldout })
            .Select(g => new { g.Key.ScenarioId, g.Key.IsHoldout, Count = g.Count() })
            .ToList();
        foreach (var count in enrollments)
        {
            var stat = row(DailyStatKey.Of(count.ScenarioId, string.Empty, string.Empty));
            if (count.IsHoldout)
                stat.HoldoutEnrolled += count.Count;
            else
                stat.Enrolled += count.Count;
        }
    }

    private async Task SaveAsync(DateTime day, Dictionary<DailyStatKey, DailyStat> figures)
    {
        var existing = _dailyStatRepository.Table.Where(s => s.Day == day).ToList()
            .ToDictionary(s => DailyStatKey.Of(s.ScenarioId, s.StepKey, s.VariantKey));

        foreach (var (key, stale) in existing.Where(e => !figures.ContainsKey(e.Key)))
        {
            var zero = new DailyStat { Id = stale.Id, Day = stale.Day, ScenarioId = stale.ScenarioId, StepKey = stale.StepKey, VariantKey = stale.VariantKey };
            await _dailyStatRepository.UpdateAsync(zero, publishEvent: false);
        }

        foreach (var (key, stat) in figures)
        {
            if (existing.TryGetValue(key, out var current))
            {
                stat.Id = current.Id;
                await _dailyStatRepository.UpdateAsync(stat, publishEvent: false);
                continue;
            }

            if (!await _dailyStatRepository.InsertOnceAsync(stat))
            {
                // Another server inserted the day's row first: write these figures over it.
                stat.Id = _dailyStatRepository.Table.Where(s => s.Day == day && s.ScenarioId == key.ScenarioId && s.StepKey == key.StepKey && s.VariantKey == key.VariantKey)
                    .Select(s => s.Id).First();
                await _dailyStatRepository.UpdateAsync(stat, publishEvent: false);
            }
        }
    }
}
