using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Admin.Models;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Controllers;

/// <summary>
/// The plugin's settings page (Promotions → Trigger mail → Settings, and the plugin's Configure button), per store
/// scope as nopCommerce's settings pages: in a store's scope, a ticked override box saves the value for that store and
/// an unticked one removes the store's own value so the shared one applies again.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class TriggerMailController : BasePluginController
{
    public const string ConfigureView = "~/Plugins/Misc.TriggerMail/Admin/Views/Configure.cshtml";

    private readonly ConfigurationModelFactory _configurationModelFactory;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;

    public TriggerMailController(ConfigurationModelFactory configurationModelFactory,
        ILocalizationService localizationService,
        INotificationService notificationService,
        ISettingService settingService,
        IStoreContext storeContext)
    {
        _configurationModelFactory = configurationModelFactory;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _settingService = settingService;
        _storeContext = storeContext;
    }

    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Configure()
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        return View(ConfigureView, await _configurationModelFactory.PrepareAsync(storeScope));
    }

    [HttpPost]
    [CheckPermission(TriggerMailDefaults.Permissions.Manage)]
    public async Task<IActionResult> Configure(ConfigurationModel model)
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        if (!ModelState.IsValid)
            return View(ConfigureView, await _configurationModelFactory.PrepareAsync(storeScope, model));

        var settings = await _settingService.LoadSettingAsync<TriggerMailSettings>(storeScope);
        _configurationModelFactory.Apply(model, settings);

        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.EmailAccountId, model.EmailAccountId_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.MaxMessagesPerMinute, model.MaxMessagesPerMinute_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.MaxSendAttempts, model.MaxSendAttempts_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.MarketingFrequencyCapHours, model.MarketingFrequencyCapHours_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.QuietHoursStartHour, model.QuietHoursStartHour_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.QuietHoursEndHour, model.QuietHoursEndHour_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.AttributionWindowDays, model.AttributionWindowDays_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.AttributeOnOpen, model.AttributeOnOpen_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.TrackingEnabled, model.TrackingEnabled_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.MarketingConsentSource, model.MarketingConsentSource_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.MarketingNewsletterTypeIds, model.MarketingNewsletterTypeIds_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.GdprConsentId, model.GdprConsentId_OverrideForStore, storeScope, false);
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.UnsubscribePageText, model.UnsubscribePageText_OverrideForStore, storeScope, false);

        // Install-wide: the tasks run once for all stores. They are edited (and saved) only in the all-stores scope.
        if (storeScope == 0)
        {
            await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.BatchSize, false, 0, false);
            await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.RunTimeBudgetSeconds, false, 0, false);
            await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.TrackingEventRetentionDays, false, 0, false);
        }

        await _settingService.ClearCacheAsync();
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Configuration.Saved"));

        return RedirectToAction(nameof(Configure));
    }
}
