using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Attribution;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>
/// One statistics run: credit new orders, apply refunds and cancellations, then recompute every day that gained
/// events, conversions or message outcomes since the last run (today and yesterday always), within a time budget.
/// </summary>
public class StatisticsRollupService
{
    private static readonly TimeSpan _refundLookBack = TimeSpan.FromDays(90);
    private const int MaxDaysPerRun = 31;

    private readonly OrderAttributionService _attribution;
    private readonly DailyStatRollup _rollup;
    private readonly TriggerMailSettings _settings;
    private readonly TimeProvider _timeProvider;
    private readonly IRepository<TrackingEvent> _trackingEventRepository;
    private readonly WatermarkStore _watermarks;

    public StatisticsRollupService(OrderAttributionService attribution,
        DailyStatRollup rollup,
        TriggerMailSettings settings,
        TimeProvider timeProvider,
        IRepository<TrackingEvent> trackingEventRepository,
        WatermarkStore watermarks)
    {
        _attribution = attribution;
        _rollup = rollup;
        _settings = settings;
        _timeProvider = timeProvider;
        _trackingEventRepository = trackingEventRepository;
        _watermarks = watermarks;
    }

    public async Task RunAsync()
    {
        var budget = new RunBudget(_timeProvider, _settings.RunTimeBudgetSeconds, _settings.BatchSize);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var days = new SortedSet<DateTime> { now.Date, now.Date.AddDays(-1) };

        days.UnionWith(await _attribution.AttributeNewOrdersAsync(budget.BatchSize));
        days.UnionWith(await _attribution.ApplyRefundsAndCancellationsAsync(_refundLookBack, budget.BatchSize));

        var rolledUp = await _watermarks.GetAsync(StatisticsWatermarks.RolledUpEvents);
        var newest = _trackingEventRepository.Table.Where(e => e.Id > rolledUp).Select(e => (int?)e.Id).Max();
        if (newest is { } newestId)
        {
            var eventDays = _trackingEventRepository.Table
                .Where(e => e.Id > rolledUp && e.Id <= newestId)
                .Select(e => e.OccurredOnUtc.Date)
                .Distinct()
                .Take(MaxDaysPerRun)
                .ToList();
            days.UnionWith(eventDays);
        }

        var completed = true;
        foreach (var day in days)
        {
            if (budget.IsExhausted)
            {
                completed = false;
                break;
            }

            await _rollup.RecomputeDayAsync(day);
        }

        if (completed && newest is { } counted)
            await _watermarks.AdvanceAsync(StatisticsWatermarks.RolledUpEvents, counted);
    }
}
