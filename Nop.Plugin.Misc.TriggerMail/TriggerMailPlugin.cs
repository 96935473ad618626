using Nop.Core;
using Nop.Plugin.Misc.TriggerMail.Admin.Components;
using Nop.Plugin.Misc.TriggerMail.Infrastructure.Installation;
using Nop.Services.Cms;
using Nop.Services.Common;
using Nop.Services.Plugins;
using Nop.Web.Framework.Infrastructure;

namespace Nop.Plugin.Misc.TriggerMail;

/// <summary>
/// The plugin as nopCommerce sees it; what install adds and uninstall removes is the installer's. The plugin is also
/// a widget (hidden from the widget list) to put its block on the admin customer edit page.
/// </summary>
public class TriggerMailPlugin : BasePlugin, IMiscPlugin, IWidgetPlugin
{
    private readonly TriggerMailInstaller _installer;
    private readonly IWebHelper _webHelper;

    public TriggerMailPlugin(TriggerMailInstaller installer, IWebHelper webHelper)
    {
        _installer = installer;
        _webHelper = webHelper;
    }

    public bool HideInWidgetList => true;

    public override string GetConfigurationPageUrl()
    {
        return $"{_webHelper.GetStoreLocation()}{TriggerMailDefaults.Routes.ConfigurePath}";
    }

    public Task<IList<string>> GetWidgetZonesAsync()
    {
        return Task.FromResult<IList<string>>(new List<string> { AdminWidgetZones.CustomerDetailsBlock });
    }

    public Type GetWidgetViewComponent(string widgetZone)
    {
        return widgetZone == AdminWidgetZones.CustomerDetailsBlock ? typeof(CustomerMessagesWidgetViewComponent) : null;
    }

    public override async Task InstallAsync()
    {
        await _installer.InstallAsync();
        await base.InstallAsync();
    }

    public override async Task UninstallAsync()
    {
        await _installer.UninstallAsync();
        await base.UninstallAsync();
    }
}
