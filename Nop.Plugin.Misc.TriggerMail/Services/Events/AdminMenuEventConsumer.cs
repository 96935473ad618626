using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Misc.TriggerMail.Services.Events;

/// <summary>
/// Adds the "Trigger mail" node under Promotions, after Campaigns (nopCommerce's own bulk mail).
/// </summary>
public class AdminMenuEventConsumer : IConsumer<AdminMenuCreatedEvent>
{
    private readonly ILocalizationService _localizationService;
    private readonly PluginActivity _pluginActivity;

    public AdminMenuEventConsumer(ILocalizationService localizationService, PluginActivity pluginActivity)
    {
        _localizationService = localizationService;
        _pluginActivity = pluginActivity;
    }

    public async Task HandleEventAsync(AdminMenuCreatedEvent eventMessage)
    {
        if (!await _pluginActivity.IsActiveAsync())
            return;

        var node = new AdminMenuItem
        {
            SystemName = TriggerMailDefaults.Menu.RootSystemName,
            Title = await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Menu"),
            IconClass = TriggerMailDefaults.Menu.IconClass,
            Visible = true,
            ChildNodes =
            [
                new AdminMenuItem
                {
                    SystemName = $"{TriggerMailDefaults.Menu.RootSystemName}.Settings",
                    Title = await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Menu.Settings"),
                    Url = eventMessage.GetMenuItemUrl(TriggerMailDefaults.Routes.AdminController, "Configure"),
                    PermissionNames = [TriggerMailDefaults.Permissions.Manage],
                    IconClass = "far fa-dot-circle",
                    Visible = true
                }
            ]
        };

        var root = eventMessage.RootMenuItem;
        if (root.InsertAfter("Campaigns", node))
            return;

        (root.GetItemBySystemName(TriggerMailDefaults.Menu.ParentSystemName) ?? root).ChildNodes.Add(node);
    }
}
