using Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;
using Nop.Plugin.Misc.TriggerMail.Admin.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

[TestFixture]
public class StatisticsFilterModelValidatorTests
{
    private static IReadOnlyList<(string Field, string Error)> Errors(StatisticsFilterModel model) =>
        new StatisticsFilterModelValidator(PluginTexts.English()).Validate(model).Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

    [Test]
    public void A_preset_or_a_period_in_order_is_valid()
    {
        Assert.That(Errors(new StatisticsFilterModel { Days = 30 }), Is.Empty);
        Assert.That(Errors(new StatisticsFilterModel { From = new DateTime(2026, 3, 1), To = new DateTime(2026, 3, 1) }), Is.Empty);
        Assert.That(Errors(new StatisticsFilterModel()), Is.Empty);
    }

    [Test]
    public void A_period_ending_before_it_starts_names_the_to_field()
    {
        var errors = Errors(new StatisticsFilterModel { From = new DateTime(2026, 3, 20), To = new DateTime(2026, 3, 10) });

        Assert.That(errors, Is.EqualTo(new[] { ("To", "To (2026-03-10) must not be before From (2026-03-20).") }));
    }

    [Test]
    public void A_period_longer_than_two_years_is_refused()
    {
        var errors = Errors(new StatisticsFilterModel { From = new DateTime(2024, 1, 1), To = new DateTime(2026, 3, 1) });

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "To" }));
        Assert.That(errors[0].Error, Does.Contain("at most 731 days"));
    }

    [TestCase(0)]
    [TestCase(-7)]
    [TestCase(1000)]
    public void A_preset_outside_one_to_731_days_is_refused(int days)
    {
        var errors = Errors(new StatisticsFilterModel { Days = days });

        Assert.That(errors, Is.EqualTo(new[] { ("Days", $"Days must be between 1 and 731; {days} was entered.") }));
    }
}
