using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure;

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
                await PageAsync(eventMessage, "Scenarios", TriggerMailDefaults.Menu.ScenarioController, "List", TriggerMailDefaults.Permissions.Manage),
                await PageAsync(eventMessage, "Templates", TriggerMailDefaults.Menu.TemplateController, "List", TriggerMailDefaults.Permissions.Manage),
                await PageAsync(eventMessage, "Segments", TriggerMailDefaults.Menu.SegmentController, "List", TriggerMailDefaults.Permissions.Manage),
                await PageAsync(eventMessage, "Statistics", TriggerMailDefaults.Menu.StatisticsController, "Index", TriggerMailDefaults.Permissions.ViewStatistics),
                await PageAsync(eventMessage, "Suppressions", TriggerMailDefaults.Menu.SuppressionController, "List", TriggerMailDefaults.Permissions.Manage),
                await PageAsync(eventMessage, "Settings", TriggerMailDefaults.Routes.AdminController, "Configure", TriggerMailDefaults.Permissions.Manage)
            ]
        };

        var root = eventMessage.RootMenuItem;
        if (root.InsertAfter("Campaigns", node))
            return;

        (root.GetItemBySystemName(TriggerMailDefaults.Menu.ParentSystemName) ?? root).ChildNodes.Add(node);
    }

    private async Task<AdminMenuItem> PageAsync(AdminMenuCreatedEvent eventMessage, string page, string controller, string action, string permission)
    {
        return new AdminMenuItem
        {
            SystemName = $"{TriggerMailDefaults.Menu.RootSystemName}.{page}",
            Title = await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Menu.{page}"),
            Url = eventMessage.GetMenuItemUrl(controller, action),
            PermissionNames = [permission],
            IconClass = "far fa-dot-circle",
            Visible = true
        };
    }
}
