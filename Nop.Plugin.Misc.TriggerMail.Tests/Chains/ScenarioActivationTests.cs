using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains;

[TestFixture]
public class ScenarioActivationTests
{
    [Test]
    public async Task A_preset_draft_is_not_activated_until_its_send_steps_have_templates()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();
        var draft = await scope.ServiceProvider.GetRequiredService<ScenarioPresets>().CreateDraftAsync(ScenarioPreset.WelcomeSeries);

        var errors = await scope.ServiceProvider.GetRequiredService<ScenarioActivation>().ActivateAsync(draft);

        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "Step 'welcome-1': has no template", "Step 'welcome-2': has no template", "Step 'welcome-3': has no template"
        }));
        Assert.That(store.Query<Scenario>().Single().Status, Is.EqualTo(ScenarioStatus.Draft));
    }

    [Test]
    public async Task A_draft_whose_templates_exist_is_activated()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();
        var draft = await scope.ServiceProvider.GetRequiredService<ScenarioPresets>().CreateDraftAsync(ScenarioPreset.OrderConfirmation);
        var template = await store.InsertAsync(new EmailTemplate { Name = "Order", Subject = "Thanks", BodyHtml = "<p>Thanks</p>", CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow }, false);
        var step = store.Query<ScenarioStep>().Single();
        step.SettingsJson = StepSettingsJson.Write(new SendEmailSettings(template.Id));
        await store.UpdateAsync(step, false);

        var errors = await scope.ServiceProvider.GetRequiredService<ScenarioActivation>().ActivateAsync(draft);

        Assert.That(errors, Is.Empty);
        Assert.That(store.Query<Scenario>().Single().Status, Is.EqualTo(ScenarioStatus.Active));
    }
}
