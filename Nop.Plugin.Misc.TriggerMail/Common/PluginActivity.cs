using Nop.Services.Plugins;

namespace Nop.Plugin.Misc.TriggerMail.Common;

/// <summary>
/// Whether the plugin is installed: its consumers are loaded while installation is still pending, and must
/// do nothing until it has finished.
/// </summary>
public class PluginActivity
{
    private readonly IPluginManager<IPlugin> _pluginManager;

    public PluginActivity(IPluginManager<IPlugin> pluginManager)
    {
        _pluginManager = pluginManager;
    }

    public async Task<bool> IsActiveAsync()
    {
        return await _pluginManager.LoadPluginBySystemNameAsync(TriggerMailDefaults.SystemName) is not null;
    }
}
