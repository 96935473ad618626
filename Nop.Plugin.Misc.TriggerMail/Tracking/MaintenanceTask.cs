using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// Prunes raw tracking events past the retention period. Only events already counted in the daily rollup
/// go, so statistics never lose a figure to pruning.
/// </summary>
public class MaintenanceTask : IScheduleTask
{
    private readonly PluginActivity _pluginActivity;
    private readonly TimeProvider _timeProvider;
    private readonly IRepository<TrackingEvent> _trackingEventRepository;
    private readonly TriggerMailSettings _settings;
    private readonly WatermarkStore _watermarks;

    public MaintenanceTask(PluginActivity pluginActivity,
        TimeProvider timeProvider,
        IRepository<TrackingEvent> trackingEventRepository,
        TriggerMailSettings settings,
        WatermarkStore watermarks)
    {
        _watermarks = watermarks;
        _pluginActivity = pluginActivity;
        _timeProvider = timeProvider;
        _trackingEventRepository = trackingEventRepository;
        _settings = settings;
    }

    public async Task ExecuteAsync()
    {
        if (!await _pluginActivity.IsActiveAsync() || _settings.TrackingEventRetentionDays <= 0)
            return;

        var cutoff = _timeProvider.GetUtcNow().UtcDateTime.AddDays(-_settings.TrackingEventRetentionDays);
        var rolledUp = await _watermarks.GetAsync(StatisticsWatermarks.RolledUpEvents);
        await _trackingEventRepository.DeleteAsync(e => e.Id <= rolledUp && e.OccurredOnUtc < cutoff);
    }
}
