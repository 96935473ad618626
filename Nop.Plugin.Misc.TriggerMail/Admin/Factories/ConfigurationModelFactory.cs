using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.TriggerMail.Admin.Models;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>
/// Builds the settings form from the saved settings of a store scope (0: shared by all stores), and copies a
/// posted form back onto settings.
/// </summary>
public class ConfigurationModelFactory
{
    private readonly IEmailAccountService _emailAccountService;
    private readonly ILocalizationService _localizationService;
    private readonly ISettingService _settingService;

    public ConfigurationModelFactory(IEmailAccountService emailAccountService, ILocalizationService localizationService, ISettingService settingService)
    {
        _emailAccountService = emailAccountService;
        _localizationService = localizationService;
        _settingService = settingService;
    }

    /// <param name="storeScope">The admin's store scope; a store's form shows its values (its own or the shared ones) and which it overrides.</param>
    /// <param name="posted">A refused form: shown again as entered, override boxes included.</param>
    public async Task<ConfigurationModel> PrepareAsync(int storeScope, ConfigurationModel posted = null)
    {
        var settings = await _settingService.LoadSettingAsync<TriggerMailSettings>(storeScope);
        var model = posted is null ? await FromSettingsAsync(settings, storeScope) : KeepStoreValues(posted, await FromSettingsAsync(settings, storeScope), storeScope);
        model.ActiveStoreScopeConfiguration = storeScope;

        model.AvailableEmailAccounts = (await _emailAccountService.GetAllEmailAccountsAsync())
            .Select(account => new SelectListItem($"{account.DisplayName} ({account.Email})", account.Id.ToString(), account.Id == model.EmailAccountId))
            .Prepend(new SelectListItem(await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Configuration.DefaultEmailAccount"), "0", model.EmailAccountId == 0))
            .ToList();

        model.AvailableConsentSources = new List<SelectListItem>();
        foreach (var source in Enum.GetValues<MarketingConsentSource>())
            model.AvailableConsentSources.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(source), ((int)source).ToString(), source == model.MarketingConsentSource));

        return model;
    }

    /// <summary>
    /// A refused form in a store's scope: the fields whose override box was not ticked were not posted (the page disables
    /// them), so they show the store's values again instead of empty ones.
    /// </summary>
    private static ConfigurationModel KeepStoreValues(ConfigurationModel posted, ConfigurationModel saved, int storeScope)
    {
        if (storeScope <= 0)
            return posted;

        if (!posted.EmailAccountId_OverrideForStore) posted.EmailAccountId = saved.EmailAccountId;
        if (!posted.MaxMessagesPerMinute_OverrideForStore) posted.MaxMessagesPerMinute = saved.MaxMessagesPerMinute;
        if (!posted.MaxSendAttempts_OverrideForStore) posted.MaxSendAttempts = saved.MaxSendAttempts;
        if (!posted.MarketingFrequencyCapHours_OverrideForStore) posted.MarketingFrequencyCapHours = saved.MarketingFrequencyCapHours;
        if (!posted.QuietHoursStartHour_OverrideForStore) posted.QuietHoursStartHour = saved.QuietHoursStartHour;
        if (!posted.QuietHoursEndHour_OverrideForStore) posted.QuietHoursEndHour = saved.QuietHoursEndHour;
        if (!posted.AttributionWindowDays_OverrideForStore) posted.AttributionWindowDays = saved.AttributionWindowDays;
        if (!posted.AttributeOnOpen_OverrideForStore) posted.AttributeOnOpen = saved.AttributeOnOpen;
        if (!posted.TrackingEnabled_OverrideForStore) posted.TrackingEnabled = saved.TrackingEnabled;
        if (!posted.MarketingConsentSource_OverrideForStore) posted.MarketingConsentSource = saved.MarketingConsentSource;
        if (!posted.MarketingNewsletterTypeIds_OverrideForStore) posted.MarketingNewsletterTypeIds = saved.MarketingNewsletterTypeIds;
        if (!posted.GdprConsentId_OverrideForStore) posted.GdprConsentId = saved.GdprConsentId;
        if (!posted.UnsubscribePageText_OverrideForStore) posted.UnsubscribePageText = saved.UnsubscribePageText;
        posted.BatchSize = saved.BatchSize;
        posted.RunTimeBudgetSeconds = saved.RunTimeBudgetSeconds;
        posted.TrackingEventRetentionDays = saved.TrackingEventRetentionDays;
        return posted;
    }

    private async Task<ConfigurationModel> FromSettingsAsync(TriggerMailSettings settings, int storeScope)
    {
        var model = new ConfigurationModel
        {
            EmailAccountId = settings.EmailAccountId,
            MaxMessagesPerMinute = settings.MaxMessagesPerMinute,
            MaxSendAttempts = settings.MaxSendAttempts,
            BatchSize = settings.BatchSize,
            RunTimeBudgetSeconds = settings.RunTimeBudgetSeconds,
            MarketingFrequencyCapHours = settings.MarketingFrequencyCapHours,
            QuietHoursStartHour = settings.QuietHoursStartHour,
            QuietHoursEndHour = settings.QuietHoursEndHour,
            AttributionWindowDays = settings.AttributionWindowDays,
            AttributeOnOpen = settings.AttributeOnOpen,
            TrackingEnabled = settings.TrackingEnabled,
            TrackingEventRetentionDays = settings.TrackingEventRetentionDays,
            MarketingConsentSource = settings.MarketingConsentSource,
            MarketingNewsletterTypeIds = settings.MarketingNewsletterTypeIds,
            GdprConsentId = settings.GdprConsentId,
            UnsubscribePageText = settings.UnsubscribePageText
        };
        if (storeScope <= 0)
            return model;

        model.EmailAccountId_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.EmailAccountId, storeScope);
        model.MaxMessagesPerMinute_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.MaxMessagesPerMinute, storeScope);
        model.MaxSendAttempts_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.MaxSendAttempts, storeScope);
        model.MarketingFrequencyCapHours_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.MarketingFrequencyCapHours, storeScope);
        model.QuietHoursStartHour_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.QuietHoursStartHour, storeScope);
        model.QuietHoursEndHour_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.QuietHoursEndHour, storeScope);
        model.AttributionWindowDays_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.AttributionWindowDays, storeScope);
        model.AttributeOnOpen_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.AttributeOnOpen, storeScope);
        model.TrackingEnabled_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.TrackingEnabled, storeScope);
        model.MarketingConsentSource_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.MarketingConsentSource, storeScope);
        model.MarketingNewsletterTypeIds_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.MarketingNewsletterTypeIds, storeScope);
        model.GdprConsentId_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.GdprConsentId, storeScope);
        model.UnsubscribePageText_OverrideForStore = await _settingService.SettingExistsAsync(settings, s => s.UnsubscribePageText, storeScope);
        return model;
    }

    /// <summary>Copies the form onto the settings; the token secret stays as it is.</summary>
    public void Apply(ConfigurationModel model, TriggerMailSettings settings)
    {
        settings.EmailAccountId = model.EmailAccountId;
        settings.MaxMessagesPerMinute = model.MaxMessagesPerMinute;
        settings.MaxSendAttempts = model.MaxSendAttempts;
        settings.BatchSize = model.BatchSize;
        settings.RunTimeBudgetSeconds = model.RunTimeBudgetSeconds;
        settings.MarketingFrequencyCapHours = model.MarketingFrequencyCapHours;
        settings.QuietHoursStartHour = model.QuietHoursStartHour;
        settings.QuietHoursEndHour = model.QuietHoursEndHour;
        settings.AttributionWindowDays = model.AttributionWindowDays;
        settings.AttributeOnOpen = model.AttributeOnOpen;
        settings.TrackingEnabled = model.TrackingEnabled;
        settings.TrackingEventRetentionDays = model.TrackingEventRetentionDays;
        settings.MarketingConsentSource = model.MarketingConsentSource;
        settings.MarketingNewsletterTypeIds = string.Join(",", (model.MarketingNewsletterTypeIds ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        settings.GdprConsentId = model.GdprConsentId;
        settings.UnsubscribePageText = model.UnsubscribePageText;
    }
}
