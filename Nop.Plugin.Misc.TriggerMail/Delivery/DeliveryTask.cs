using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.TriggerMail.Delivery;

/// <summary>
/// Sends due trigger-mail messages through the host's email sender (every minute).
/// </summary>
public class DeliveryTask : IScheduleTask
{
    private readonly PluginActivity _pluginActivity;
    private readonly MessageDispatcher _dispatcher;

    public DeliveryTask(PluginActivity pluginActivity, MessageDispatcher dispatcher)
    {
        _pluginActivity = pluginActivity;
        _dispatcher = dispatcher;
    }

    public async Task ExecuteAsync()
    {
        if (!await _pluginActivity.IsActiveAsync())
            return;

        await _dispatcher.RunAsync();
    }
}
