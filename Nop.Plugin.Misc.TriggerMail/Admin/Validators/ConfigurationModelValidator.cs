using FluentValidation;
using Nop.Plugin.Misc.TriggerMail.Admin.Models;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

/// <summary>
/// Checks the settings form; each error names the field and the allowed range, keyed by the model property so
/// the form shows it beside the field. The host runs it before the action and puts the errors in ModelState.
/// In a store's scope the host's page disables (so does not post) the fields whose override box is not ticked: only
/// the overridden ones are checked there.
/// </summary>
public class ConfigurationModelValidator : BaseNopValidator<ConfigurationModel>
{
    public const int MaxUnsubscribePageTextLength = 4000;

    public ConfigurationModelValidator()
    {
        Range(m => m.MaxMessagesPerMinute, nameof(ConfigurationModel.MaxMessagesPerMinute), 1, 100_000, "messages", m => m.MaxMessagesPerMinute_OverrideForStore);
        Range(m => m.MaxSendAttempts, nameof(ConfigurationModel.MaxSendAttempts), 1, 20, "attempts", m => m.MaxSendAttempts_OverrideForStore);
        Range(m => m.BatchSize, nameof(ConfigurationModel.BatchSize), 1, 10_000, "steps", null);
        Range(m => m.RunTimeBudgetSeconds, nameof(ConfigurationModel.RunTimeBudgetSeconds), 10, 298, "seconds (the host's task lock lasts at most 299 s)", null);
        Range(m => m.MarketingFrequencyCapHours, nameof(ConfigurationModel.MarketingFrequencyCapHours), 0, 24 * 30, "hours", m => m.MarketingFrequencyCapHours_OverrideForStore);
        Range(m => m.QuietHoursStartHour, nameof(ConfigurationModel.QuietHoursStartHour), 0, 23, "o'clock", m => m.QuietHoursStartHour_OverrideForStore);
        Range(m => m.QuietHoursEndHour, nameof(ConfigurationModel.QuietHoursEndHour), 0, 23, "o'clock", m => m.QuietHoursEndHour_OverrideForStore);
        Range(m => m.AttributionWindowDays, nameof(ConfigurationModel.AttributionWindowDays), 1, 90, "days", m => m.AttributionWindowDays_OverrideForStore);
        Range(m => m.TrackingEventRetentionDays, nameof(ConfigurationModel.TrackingEventRetentionDays), 0, 3650, "days", null);

        RuleFor(m => m.MarketingConsentSource)
            .Must(source => Enum.IsDefined(source))
            .When(m => Edited(m, m.MarketingConsentSource_OverrideForStore))
            .WithMessage(m => $"{nameof(m.MarketingConsentSource)} {(int)m.MarketingConsentSource} is not a known consent source.");

        RuleFor(m => m.MarketingNewsletterTypeIds)
            .Must(BeListIds)
            .When(m => Edited(m, m.MarketingNewsletterTypeIds_OverrideForStore))
            .WithMessage($"{nameof(ConfigurationModel.MarketingNewsletterTypeIds)} must be newsletter list ids separated by commas, e.g. \"1, 3\".");

        RuleFor(m => m.GdprConsentId)
            .GreaterThan(0)
            .When(m => m.MarketingConsentSource == MarketingConsentSource.GdprConsent && Edited(m, m.GdprConsentId_OverrideForStore))
            .WithMessage($"{nameof(ConfigurationModel.GdprConsentId)} must name the GDPR consent when marketing consent comes from GDPR.");

        RuleFor(m => m.UnsubscribePageText)
            .Must(text => (text?.Length ?? 0) <= MaxUnsubscribePageTextLength)
            .When(m => Edited(m, m.UnsubscribePageText_OverrideForStore))
            .WithMessage($"{nameof(ConfigurationModel.UnsubscribePageText)} may be at most {MaxUnsubscribePageTextLength} characters.");
    }

    /// <summary>Whether a per-store field was posted: always for all stores, else when its override box is ticked.</summary>
    private static bool Edited(ConfigurationModel model, bool overridden) => model.ActiveStoreScopeConfiguration == 0 || overridden;

    /// <param name="overridden">The field's override box; null for install-wide fields, which are always posted.</param>
    private void Range(System.Linq.Expressions.Expression<Func<ConfigurationModel, int>> field, string name, int min, int max, string unit,
        Func<ConfigurationModel, bool> overridden)
    {
        RuleFor(field)
            .InclusiveBetween(min, max)
            .When(m => overridden is null || Edited(m, overridden(m)))
            .WithMessage((_, value) => $"{name} must be between {min} and {max} {unit}; {value} was entered.");
    }

    private static bool BeListIds(string ids) =>
        (ids ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(id => int.TryParse(id, out var number) && number > 0);
}
