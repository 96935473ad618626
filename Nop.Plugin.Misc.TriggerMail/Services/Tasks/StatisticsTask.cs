using Nop.Plugin.Misc.TriggerMail.Services.Statistics;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.TriggerMail.Services.Tasks;

/// <summary>
/// Keeps the daily statistics and order attribution current.
/// </summary>
public class StatisticsTask : IScheduleTask
{
    private readonly PluginActivity _pluginActivity;
    private readonly StatisticsRollupService _statistics;

    public StatisticsTask(PluginActivity pluginActivity, StatisticsRollupService statistics)
    {
        _pluginActivity = pluginActivity;
        _statistics = statistics;
    }

    public async Task ExecuteAsync()
    {
        if (!await _pluginActivity.IsActiveAsync())
            return;

        await _statistics.RunAsync();
    }
}
