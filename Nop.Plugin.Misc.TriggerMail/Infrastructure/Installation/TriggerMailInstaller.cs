using Nop.Core.Domain.Cms;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure.Installation;

/// <summary>
/// Everything the plugin adds to the store besides its tables, and takes away again: settings, the widget's
/// activation, locale resources, scheduled tasks and permissions. Install and uninstall are symmetric; the schema
/// migration adds and removes the tables.
/// </summary>
public class TriggerMailInstaller
{
    #region Fields

    private readonly ILocalizationService _localizationService;
    private readonly IPermissionService _permissionService;
    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly ISettingService _settingService;
    private readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public TriggerMailInstaller(ILocalizationService localizationService,
        IPermissionService permissionService,
        IScheduleTaskService scheduleTaskService,
        ISettingService settingService,
        TimeProvider timeProvider)
    {
        _localizationService = localizationService;
        _permissionService = permissionService;
        _scheduleTaskService = scheduleTaskService;
        _settingService = settingService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Methods

    public async Task InstallAsync()
    {
        await _settingService.SaveSettingAsync(TriggerMailDefaultSettings.Create());
        await SetWidgetActiveAsync(true);
        await _localizationService.AddOrUpdateLocaleResourceAsync(new Dictionary<string, string>(TriggerMailLocales.All));
        await InsertMissingTasksAsync();
    }

    public async Task UninstallAsync()
    {
        await _settingService.DeleteSettingAsync<TriggerMailSettings>();
        await SetWidgetActiveAsync(false);
        await DeleteTasksAsync();
        await DeletePermissionsAsync();
        await DeleteLocaleResourcesAsync();
    }

    #endregion

    #region Utilities

    /// <summary>Installing again (e.g. after a failed first start) must not add a second row per task.</summary>
    private async Task InsertMissingTasksAsync()
    {
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
    }

    private async Task DeleteTasksAsync()
    {
        foreach (var definition in TriggerMailDefaults.Tasks.All)
        {
            if (await _scheduleTaskService.GetTaskByTypeAsync(definition.Type) is { } task)
                await _scheduleTaskService.DeleteTaskAsync(task);
        }
    }

    /// <summary>nopCommerce inserts the plugin's permissions at start but leaves removing them to the plugin.</summary>
    private async Task DeletePermissionsAsync()
    {
        var pluginPermissions = new TriggerMailPermissionConfigManager().AllConfigs.Select(config => config.SystemName).ToHashSet();
        foreach (var permission in (await _permissionService.GetAllPermissionRecordsAsync()).Where(p => pluginPermissions.Contains(p.SystemName)))
            await _permissionService.DeletePermissionRecordAsync(permission);
    }

    private async Task DeleteLocaleResourcesAsync()
    {
        await _localizationService.DeleteLocaleResourcesAsync(TriggerMailDefaults.LocalePrefix);
        await _localizationService.DeleteLocaleResourcesAsync(TriggerMailDefaults.EnumLocalePrefix);
        await _localizationService.DeleteLocaleResourcesAsync(TriggerMailDefaults.Permissions.LocalePrefix);
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
