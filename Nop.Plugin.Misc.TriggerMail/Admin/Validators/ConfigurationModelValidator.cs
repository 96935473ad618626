using System.Linq.Expressions;
using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Models;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

/// <summary>
/// Checks the settings form; each error (a locale resource) names the field and the allowed range, keyed by the model
/// property so the form shows it beside the field. The host runs it before the action and puts the errors in ModelState.
/// In a store's scope the host's page disables (so does not post) the fields whose override box is not ticked: only
/// the overridden ones are checked there.
/// </summary>
public class ConfigurationModelValidator : BaseNopValidator<ConfigurationModel>
{
    public const int MaxUnsubscribePageTextLength = 4000;

    private const string Texts = TriggerMailDefaults.LocalePrefix + ".Configuration.Validation.";

    private readonly ILocalizationService _localizationService;

    public ConfigurationModelValidator(ILocalizationService localizationService)
    {
        _localizationService = localizationService;

        Range(m => m.MaxMessagesPerMinute, nameof(ConfigurationModel.MaxMessagesPerMinute), 1, 100_000, m => m.MaxMessagesPerMinute_OverrideForStore);
        Range(m => m.MaxSendAttempts, nameof(ConfigurationModel.MaxSendAttempts), 1, 20, m => m.MaxSendAttempts_OverrideForStore);
        Range(m => m.BatchSize, nameof(ConfigurationModel.BatchSize), 1, 10_000, null);
        Range(m => m.RunTimeBudgetSeconds, nameof(ConfigurationModel.RunTimeBudgetSeconds), 10, 298, null);
        Range(m => m.MarketingFrequencyCapHours, nameof(ConfigurationModel.MarketingFrequencyCapHours), 0, 24 * 30, m => m.MarketingFrequencyCapHours_OverrideForStore);
        Range(m => m.QuietHoursStartHour, nameof(ConfigurationModel.QuietHoursStartHour), 0, 23, m => m.QuietHoursStartHour_OverrideForStore);
        Range(m => m.QuietHoursEndHour, nameof(ConfigurationModel.QuietHoursEndHour), 0, 23, m => m.QuietHoursEndHour_OverrideForStore);
        Range(m => m.AttributionWindowDays, nameof(ConfigurationModel.AttributionWindowDays), 1, 90, m => m.AttributionWindowDays_OverrideForStore);
        Range(m => m.TrackingEventRetentionDays, nameof(ConfigurationModel.TrackingEventRetentionDays), 0, 3650, null);

        RuleFor(m => m.MarketingConsentSource)
            .Must((_, source, context) =>
            {
                context.MessageFormatter.AppendArgument("Number", (int)source);
                return Enum.IsDefined(source);
            })
            .When(m => Edited(m, m.MarketingConsentSource_OverrideForStore))
            .WithMessageAwait(Text("MarketingConsentSource.Unknown"));

        RuleFor(m => m.MarketingNewsletterTypeIds)
            .Must(BeListIds)
            .When(m => Edited(m, m.MarketingNewsletterTypeIds_OverrideForStore))
            .WithMessageAwait(Text("MarketingNewsletterTypeIds.NotIds"));

        RuleFor(m => m.GdprConsentId)
            .GreaterThan(0)
            .When(m => m.MarketingConsentSource == MarketingConsentSource.GdprConsent && Edited(m, m.GdprConsentId_OverrideForStore))
            .WithMessageAwait(Text("GdprConsentId.Required"));

        RuleFor(m => m.UnsubscribePageText)
            .Must(text => (text?.Length ?? 0) <= MaxUnsubscribePageTextLength)
            .When(m => Edited(m, m.UnsubscribePageText_OverrideForStore))
            .WithMessageAwait(Text("UnsubscribePageText.TooLong"), MaxUnsubscribePageTextLength);
    }

    /// <summary>Whether a per-store field was posted: always for all stores, else when its override box is ticked.</summary>
    private static bool Edited(ConfigurationModel model, bool overridden) => model.ActiveStoreScopeConfiguration == 0 || overridden;

    private Task<string> Text(string key) => _localizationService.GetResourceAsync(Texts + key);

    /// <param name="overridden">The field's override box; null for install-wide fields, which are always posted.</param>
    private void Range(Expression<Func<ConfigurationModel, int>> field, string name, int min, int max, Func<ConfigurationModel, bool> overridden)
    {
        RuleFor(field)
            .InclusiveBetween(min, max)
            .When(m => overridden is null || Edited(m, overridden(m)))
            .WithMessageAwait(Text(name + ".Range"));
    }

    private static bool BeListIds(string ids) =>
        (ids ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(id => int.TryParse(id, out var number) && number > 0);
}
