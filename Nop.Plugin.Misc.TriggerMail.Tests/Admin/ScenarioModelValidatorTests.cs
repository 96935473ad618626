using Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;
using Nop.Plugin.Misc.TriggerMail.Admin.Validators;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

[TestFixture]
public class ScenarioModelValidatorTests
{
    private static ScenarioModel Valid() => new()
    {
        Name = "Cart rescue", TriggerKindId = (int)TriggerKind.AbandonedCart, CategoryId = (int)ScenarioCategory.Marketing,
        ReEntryPolicyId = (int)ReEntryPolicy.OnceEver, LatenessPolicyId = (int)LatenessPolicy.SkipStep, MaxLatenessMinutes = 60
    };

    private static IReadOnlyList<(string Field, string Error)> Validate(ScenarioModel model) =>
        new ScenarioModelValidator(PluginTexts.English()).Validate(model).Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

    [Test]
    public void A_valid_form_has_no_errors()
    {
        Assert.That(Validate(Valid()), Is.Empty);
    }

    [Test]
    public void The_messages_are_the_stores_locale_resources_in_its_language()
    {
        var locales = new InMemoryLocalizationService();
        locales.AddOrUpdateLocaleResourceAsync(TriggerMailLocales.All.ToDictionary(r => r.Key, r => r.Value)).GetAwaiter().GetResult();
        locales.AddOrUpdateLocaleResourceAsync(new Dictionary<string, string>
        {
            [TriggerMailDefaults.LocalePrefix + ".Scenarios.Validation.Name.Required"] = "Der Name fehlt."
        }).GetAwaiter().GetResult();

        var errors = new ScenarioModelValidator(locales).Validate(Valid() with { Name = "" }).Errors;

        Assert.That(errors.Single().ErrorMessage, Is.EqualTo("Der Name fehlt."));
    }

    [Test]
    public void A_value_out_of_range_is_refused_naming_the_range_and_the_value_entered()
    {
        var errors = Validate(Valid() with { HoldoutPercent = 60 });

        Assert.That(errors.Single(), Is.EqualTo((nameof(ScenarioModel.HoldoutPercent), "HoldoutPercent must be between 0 and 50 %; 60 was entered.")));
    }

    [Test]
    public void Unknown_exit_goals_are_refused_naming_each()
    {
        var errors = Validate(Valid() with { ExitGoalIds = [(int)ExitGoal.OrderPlaced, 77, 78] });

        Assert.That(errors.Single(), Is.EqualTo((nameof(ScenarioModel.ExitGoalIds), "ExitGoalIds: 77, 78 is not a known exit goal.")));
    }

    [TestCase(999, 0, nameof(ScenarioCreateModel.PresetId), "PresetId 999 is not a known preset.")]
    [TestCase(0, -1, nameof(ScenarioCreateModel.StoreId), "StoreId must be a store or 0 for all stores.")]
    public void The_create_form_is_refused_for_an_unknown_preset_or_a_negative_store(int presetId, int storeId, string field, string message)
    {
        var form = new ScenarioCreateModel { PresetId = presetId, StoreId = storeId };

        var errors = new ScenarioCreateModelValidator(PluginTexts.English()).Validate(form).Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

        Assert.That(errors.Single(), Is.EqualTo((field, message)));
    }

    [Test]
    public void Every_message_the_admin_validators_ask_for_is_installed()
    {
        var asked = new List<string>();
        var locales = new Moq.Mock<Nop.Services.Localization.ILocalizationService>();
        locales.Setup(l => l.GetResourceAsync(Moq.It.IsAny<string>())).Returns<string>(key => { asked.Add(key); return Task.FromResult("text"); });
        var validators = typeof(ScenarioModelValidator).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ScenarioModelValidator).Namespace && typeof(FluentValidation.IValidator).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();

        foreach (var validator in validators)
            Activator.CreateInstance(validator, locales.Object);

        Assert.That(validators, Has.Count.EqualTo(7));
        Assert.That(asked.Where(key => !TriggerMailLocales.All.ContainsKey(key)), Is.Empty);
    }
}
