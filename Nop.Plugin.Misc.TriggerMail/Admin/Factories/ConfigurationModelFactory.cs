using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.TriggerMail.Admin.Models;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>
/// Builds the settings form from the saved settings, and copies a posted form back onto settings.
/// </summary>
public class ConfigurationModelFactory
{
    private readonly IEmailAccountService _emailAccountService;
    private readonly ILocalizationService _localizationService;

    public ConfigurationModelFactory(IEmailAccountService emailAccountService, ILocalizationService localizationService)
    {
        _emailAccountService = emailAccountService;
        _localizationService = localizationService;
    }

    public async Task<ConfigurationModel> PrepareAsync(TriggerMailSettings settings, ConfigurationModel posted = null)
    {
        var model = posted ?? new ConfigurationModel
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

        model.AvailableEmailAccounts = (await _emailAccountService.GetAllEmailAccountsAsync())
            .Select(account => new SelectListItem($"{account.DisplayName} ({account.Email})", account.Id.ToString(), account.Id == model.EmailAccountId))
            .Prepend(new SelectListItem(await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Configuration.DefaultEmailAccount"), "0", model.EmailAccountId == 0))
            .ToList();

        model.AvailableConsentSources = new List<SelectListItem>();
        foreach (var source in Enum.GetValues<MarketingConsentSource>())
            model.AvailableConsentSources.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(source), ((int)source).ToString(), source == model.MarketingConsentSource));

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
