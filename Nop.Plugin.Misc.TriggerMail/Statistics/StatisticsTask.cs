using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests;
using Nop.Plugin.Misc.TriggerMail.Tracking;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>
/// Keeps the daily statistics and order attribution current, then promotes the A/B winners those figures prove.
/// Opens and clicks still buffered on this server are written first, so an order placed just after a click is
/// credited to it.
/// </summary>
public class StatisticsTask : IScheduleTask
{
    private readonly PluginActivity _pluginActivity;
    private readonly StatisticsRollupService _statistics;
    private readonly AbTestPromoter _abTestPromoter;
    private readonly TrackingEventFlusher _trackingEventFlusher;

    public StatisticsTask(PluginActivity pluginActivity, StatisticsRollupService statistics, AbTestPromoter abTestPromoter,
        TrackingEventFlusher trackingEventFlusher)
    {
        _trackingEventFlusher = trackingEventFlusher;
        _pluginActivity = pluginActivity;
        _statistics = statistics;
        _abTestPromoter = abTestPromoter;
    }

    public async Task ExecuteAsync()
    {
        if (!await _pluginActivity.IsActiveAsync())
            return;

        await _trackingEventFlusher.TryFlushAsync();
        await _statistics.RunAsync();
        await _abTestPromoter.PromoteWinnersAsync();
    }
}
