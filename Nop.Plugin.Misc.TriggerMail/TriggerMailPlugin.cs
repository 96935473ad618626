using Nop.Core;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Plugin.Misc.TriggerMail.Admin.Components;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Services.Cms;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;
using Nop.Web.Framework.Infrastructure;

namespace Nop.Plugin.Misc.TriggerMail;

/// <summary>
/// Install and uninstall are symmetric: whatever install adds (settings, locale resources, scheduled tasks,
/// permissions, the widget's activation) uninstall removes; the schema migration removes the tables. The plugin is also a
/// widget (hidden from the widget list) to put its block on the admin customer edit page.
/// </summary>
public class TriggerMailPlugin : BasePlugin, IMiscPlugin, IWidgetPlugin
{
    #region Fields

    private readonly ILocalizationService _localizationService;
    private readonly IPermissionService _permissionService;
    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly ISettingService _settingService;
    private readonly TimeProvider _timeProvider;
    private readonly IWebHelper _webHelper;

    #endregion

    #region Ctor

    public TriggerMailPlugin(ILocalizationService localizationService,
        IPermissionService permissionService,
        IScheduleTaskService scheduleTaskService,
        ISettingService settingService,
        TimeProvider timeProvider,
        IWebHelper webHelper)
    {
        _localizationService = localizationService;
        _permissionService = permissionService;
        _scheduleTaskService = scheduleTaskService;
        _settingService = settingService;
        _timeProvider = timeProvider;
        _webHelper = webHelper;
    }

    #endregion

    #region Methods

    public override string GetConfigurationPageUrl()
    {
        return $"{_webHelper.GetStoreLocation()}{TriggerMailDefaults.Routes.ConfigurePath}";
    }

    public bool HideInWidgetList => true;

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
        await _settingService.SaveSettingAsync(TriggerMailDefaultSettings.Create());
        await SetWidgetActiveAsync(true);
        await _localizationService.AddOrUpdateLocaleResourceAsync(new Dictionary<string, string>(TriggerMailLocaleResources.All));

        foreach (var definition in TriggerMailDefaults.Tasks.All)
        {
            if (await _scheduleTaskService.GetTaskByTypeAsync(definition.Type) is not null)
                continue;

            await _scheduleTaskService.InsertTaskAsync(new ScheduleTask
            {
                Name = definition.Name,
                Type = definition.Type,
                Seconds = definition.Seconds,
                Enabled = true,
                StopOnError = false,
                LastEnabledUtc = _timeProvider.GetUtcNow().UtcDateTime
            });
        }

        await base.InstallAsync();
    }

    public override async Task UninstallAsync()
    {
        await _settingService.DeleteSettingAsync<TriggerMailSettings>();
        await SetWidgetActiveAsync(false);

        foreach (var definition in TriggerMailDefaults.Tasks.All)
        {
            if (await _scheduleTaskService.GetTaskByTypeAsync(definition.Type) is { } task)
                await _scheduleTaskService.DeleteTaskAsync(task);
        }

        var pluginPermissions = new TriggerMailPermissionConfigManager().AllConfigs.Select(config => config.SystemName).ToHashSet();
        foreach (var permission in (await _permissionService.GetAllPermissionRecordsAsync()).Where(p => pluginPermissions.Contains(p.SystemName)))
            await _permissionService.DeletePermissionRecordAsync(permission);

        await _localizationService.DeleteLocaleResourcesAsync(TriggerMailDefaults.LocalePrefix);
        await _localizationService.DeleteLocaleResourcesAsync(TriggerMailDefaults.EnumLocalePrefix);
        await _localizationService.DeleteLocaleResourcesAsync(TriggerMailDefaults.Permissions.LocalePrefix);

        await base.UninstallAsync();
    }

    /// <summary>nopCommerce renders a widget plugin's zones only while its system name is in the active widgets.</summary>
    private async Task SetWidgetActiveAsync(bool active)
    {
        var widgetSettings = await _settingService.LoadSettingAsync<WidgetSettings>();
        widgetSettings.ActiveWidgetSystemNames ??= new List<string>();
        if (active == widgetSettings.ActiveWidgetSystemNames.Contains(TriggerMailDefaults.SystemName))
            return;

        if (active)
            widgetSettings.ActiveWidgetSystemNames.Add(TriggerMailDefaults.SystemName);
        else
            widgetSettings.ActiveWidgetSystemNames.Remove(TriggerMailDefaults.SystemName);
        await _settingService.SaveSettingAsync(widgetSettings);
    }

    #endregion
}
