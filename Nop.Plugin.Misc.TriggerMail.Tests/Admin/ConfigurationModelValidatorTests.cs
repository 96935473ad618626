using Nop.Plugin.Misc.TriggerMail.Admin.Models;
using Nop.Plugin.Misc.TriggerMail.Admin.Validators;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

[TestFixture]
public class ConfigurationModelValidatorTests
{
    private static ConfigurationModel Valid() => new()
    {
        MaxMessagesPerMinute = 60, MaxSendAttempts = 5, BatchSize = 500, RunTimeBudgetSeconds = 240, MarketingFrequencyCapHours = 16,
        QuietHoursStartHour = 21, QuietHoursEndHour = 8, AttributionWindowDays = 5, TrackingEventRetentionDays = 180,
        MarketingConsentSource = MarketingConsentSource.NewsletterSubscription, MarketingNewsletterTypeIds = "1,2"
    };

    private static IReadOnlyList<(string Field, string Error)> Validate(ConfigurationModel model) =>
        new ConfigurationModelValidator(PluginTexts.English()).Validate(model).Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

    [Test]
    public void The_default_settings_are_valid()
    {
        Assert.That(Validate(Valid()), Is.Empty);
    }

    [TestCase(nameof(ConfigurationModel.QuietHoursStartHour), 24)]
    [TestCase(nameof(ConfigurationModel.QuietHoursEndHour), -1)]
    [TestCase(nameof(ConfigurationModel.AttributionWindowDays), 0)]
    [TestCase(nameof(ConfigurationModel.BatchSize), 0)]
    [TestCase(nameof(ConfigurationModel.TrackingEventRetentionDays), 4000)]
    public void A_value_out_of_range_is_refused_naming_the_field(string field, int value)
    {
        var model = Valid();
        typeof(ConfigurationModel).GetProperty(field)!.SetValue(model, value);

        var errors = Validate(model);

        Assert.That(errors.Single().Field, Is.EqualTo(field));
        Assert.That(errors.Single().Error, Does.StartWith(field).And.Contain(value.ToString()));
    }

    [Test]
    public void Gdpr_consent_as_the_source_needs_the_consent_named()
    {
        var model = Valid() with { MarketingConsentSource = MarketingConsentSource.GdprConsent, GdprConsentId = 0 };

        Assert.That(Validate(model).Single().Field, Is.EqualTo(nameof(ConfigurationModel.GdprConsentId)));
    }

    [TestCase("1, x")]
    [TestCase("-2")]
    public void Newsletter_lists_must_be_ids(string lists)
    {
        var errors = Validate(Valid() with { MarketingNewsletterTypeIds = lists });

        Assert.That(errors.Single().Field, Is.EqualTo(nameof(ConfigurationModel.MarketingNewsletterTypeIds)));
    }

    [Test]
    public void In_a_store_scope_only_the_overridden_fields_are_checked_because_the_others_are_not_posted()
    {
        var model = new ConfigurationModel { ActiveStoreScopeConfiguration = 2, BatchSize = 500, RunTimeBudgetSeconds = 240, QuietHoursStartHour = 30, QuietHoursStartHour_OverrideForStore = true };

        var errors = Validate(model);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { nameof(ConfigurationModel.QuietHoursStartHour) }));
    }
}
