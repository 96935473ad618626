using Nop.Plugin.Misc.TriggerMail.Admin.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Validators;

/// <summary>
/// Checks the settings form; each error names the field and the allowed range, keyed by the model property so
/// the form shows it beside the field.
/// </summary>
public static class ConfigurationModelValidator
{
    public static IReadOnlyList<(string Field, string Error)> Validate(ConfigurationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var errors = new List<(string, string)>();
        void Range(string field, int value, int min, int max, string unit)
        {
            if (value < min || value > max)
                errors.Add((field, $"{field} must be between {min} and {max} {unit}; {value} was entered."));
        }

        Range(nameof(model.MaxMessagesPerMinute), model.MaxMessagesPerMinute, 1, 100_000, "messages");
        Range(nameof(model.MaxSendAttempts), model.MaxSendAttempts, 1, 20, "attempts");
        Range(nameof(model.BatchSize), model.BatchSize, 1, 10_000, "steps");
        Range(nameof(model.RunTimeBudgetSeconds), model.RunTimeBudgetSeconds, 10, 298, "seconds (the host's task lock lasts at most 299 s)");
        Range(nameof(model.MarketingFrequencyCapHours), model.MarketingFrequencyCapHours, 0, 24 * 30, "hours");
        Range(nameof(model.QuietHoursStartHour), model.QuietHoursStartHour, 0, 23, "o'clock");
        Range(nameof(model.QuietHoursEndHour), model.QuietHoursEndHour, 0, 23, "o'clock");
        Range(nameof(model.AttributionWindowDays), model.AttributionWindowDays, 1, 90, "days");
        Range(nameof(model.TrackingEventRetentionDays), model.TrackingEventRetentionDays, 0, 3650, "days");

        if (!Enum.IsDefined(model.MarketingConsentSource))
            errors.Add((nameof(model.MarketingConsentSource), $"{nameof(model.MarketingConsentSource)} {(int)model.MarketingConsentSource} is not a known consent source."));

        var lists = (model.MarketingNewsletterTypeIds ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lists.Any(id => !int.TryParse(id, out var number) || number <= 0))
            errors.Add((nameof(model.MarketingNewsletterTypeIds), $"{nameof(model.MarketingNewsletterTypeIds)} must be newsletter list ids separated by commas, e.g. \"1, 3\"."));

        if (model.MarketingConsentSource == Engine.MarketingConsentSource.GdprConsent && model.GdprConsentId <= 0)
            errors.Add((nameof(model.GdprConsentId), $"{nameof(model.GdprConsentId)} must name the GDPR consent when marketing consent comes from GDPR."));

        if ((model.UnsubscribePageText?.Length ?? 0) > 4000)
            errors.Add((nameof(model.UnsubscribePageText), $"{nameof(model.UnsubscribePageText)} may be at most 4000 characters."));

        return errors;
    }
}
