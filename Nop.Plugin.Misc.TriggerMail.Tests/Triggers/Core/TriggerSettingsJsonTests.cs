using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Core;

[TestFixture]
public class TriggerSettingsJsonTests
{
    [Test]
    public void Abandoned_cart_settings_round_trip_as_camel_case_json()
    {
        var json = TriggerSettingsJson.Serialize(new AbandonedCartTriggerSettings(90));

        var settings = TriggerSettingsJson.Deserialize<AbandonedCartTriggerSettings>(json);

        Assert.That(json, Is.EqualTo("{\"thresholdMinutes\":90}"));
        Assert.That(settings.Threshold, Is.EqualTo(TimeSpan.FromMinutes(90)));
    }

    [Test]
    public void A_threshold_out_of_range_is_an_error_naming_the_field()
    {
        var error = Assert.Throws<InvalidTriggerSettingsException>(() =>
            TriggerSettingsJson.Deserialize<AbandonedCartTriggerSettings>("{\"thresholdMinutes\":0}"));

        Assert.That(error.Errors.Single().Field, Is.EqualTo("thresholdMinutes"));
        Assert.That(error.Message, Does.Contain("thresholdMinutes: must be between 1 and"));
    }

    [Test]
    public void A_misspelt_property_is_an_error_naming_it_instead_of_a_silent_default()
    {
        var error = Assert.Throws<InvalidTriggerSettingsException>(() =>
            TriggerSettingsJson.Deserialize<InactivityTriggerSettings>("{\"dayz\":30}"));

        Assert.That(error.Message, Does.Contain("dayz"));
    }

    [Test]
    public void A_value_of_the_wrong_type_is_an_error_naming_the_field()
    {
        var error = Assert.Throws<InvalidTriggerSettingsException>(() =>
            TriggerSettingsJson.Deserialize<AfterOrderTriggerSettings>("{\"delayDays\":\"soon\"}"));

        Assert.That(error.Errors.Single().Field, Is.EqualTo("delayDays"));
    }

    [Test]
    public void Empty_settings_are_an_error_for_a_kind_that_needs_them()
    {
        var error = Assert.Throws<InvalidTriggerSettingsException>(() => TriggerSettingsJson.ForKind(TriggerKind.Inactivity, " "));

        Assert.That(error.Errors.Single().Field, Is.EqualTo("triggerSettings"));
    }

    [Test]
    public void Kinds_without_settings_read_as_null()
    {
        var settings = TriggerSettingsJson.ForKind(TriggerKind.Birthday, null);

        Assert.That(settings, Is.Null);
    }

    [Test]
    public void Calendar_dates_are_read_as_days_of_the_year()
    {
        var settings = (CalendarDateTriggerSettings)TriggerSettingsJson.ForKind(TriggerKind.CalendarDate, "{\"dates\":[\"12-31\",\"03-08\"]}");

        Assert.That(settings.Days, Is.EqualTo(new[] { new MonthDay(12, 31), new MonthDay(3, 8) }));
    }

    [Test]
    public void A_calendar_date_that_is_not_a_day_of_the_year_is_an_error_naming_its_position()
    {
        var error = Assert.Throws<InvalidTriggerSettingsException>(() =>
            TriggerSettingsJson.Deserialize<CalendarDateTriggerSettings>("{\"dates\":[\"12-31\",\"02-30\"]}"));

        Assert.That(error.Errors.Single().Field, Is.EqualTo("dates[1]"));
    }
}
