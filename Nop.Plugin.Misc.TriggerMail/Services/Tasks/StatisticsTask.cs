using Nop.Plugin.Misc.TriggerMail.Services.AbTests;
using Nop.Plugin.Misc.TriggerMail.Services.Statistics;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.TriggerMail.Services.Tasks;

/// <summary>
/// Keeps the daily statistics and order attribution current, then promotes the A/B winners those figures prove.
/// </summary>
public class StatisticsTask : IScheduleTask
{
    private readonly PluginActivity _pluginActivity;
    private readonly StatisticsRollupService _statistics;
    private readonly AbTestPromoter _abTestPromoter;

    public StatisticsTask(PluginActivity pluginActivity, StatisticsRollupService statistics, AbTestPromoter abTestPromoter)
    {
        _pluginActivity = pluginActivity;
        _statistics = statistics;
        _abTestPromoter = abTestPromoter;
    }

    public async Task ExecuteAsync()
    {
        if (!await _pluginActivity.IsActiveAsync())
            return;

        await _statistics.RunAsync();
        await _abTestPromoter.PromoteWinnersAsync();
    }
}
