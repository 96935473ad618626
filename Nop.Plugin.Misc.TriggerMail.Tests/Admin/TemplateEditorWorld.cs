using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Delivery;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

/// <summary>A store for the template pages: the delivery world (English and German, a layout, an email account) and scenarios that use letters.</summary>
internal static class TemplateEditorWorld
{
    public const string CartBody = "<h2>Hi {{Customer.FirstName}}, you left something behind</h2>\n<table>\n{{#each Cart.Items}}\n  <tr><td>{{Name}}</td><td>{{Quantity}}</td><td>{{Total}}</td></tr>\n{{/each}}\n</table>\n<p><a href=\"{{Cart.Url}}\">Back to your cart ({{Cart.Subtotal}})</a></p>";

    public static async Task<Scenario> ScenarioUsingAsync(StoreHarness store, string name, params EmailTemplate[] templates)
    {
        var scenario = await store.InsertAsync(new Scenario
        {
            Name = name, TriggerKind = TriggerKind.AbandonedCart, Category = ScenarioCategory.Marketing, Status = ScenarioStatus.Active,
            CurrentVersion = 1, CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow
        });
        for (var i = 0; i < templates.Length; i++)
            await store.InsertAsync(new ScenarioStep
            {
                ScenarioId = scenario.Id, ScenarioVersion = 1, StepKey = $"email-{i + 1}", Name = $"Reminder {i + 1}", StepKind = StepKind.SendEmail,
                SettingsJson = StepSettingsJson.Write(new SendEmailSettings(templates[i].Id)), DisplayOrder = i
            });
        return scenario;
    }

    public static Task<EmailTemplate> CartLetterAsync(DeliveryWorld world) =>
        world.TemplateAsync("{{Customer.FirstName}}, your cart is waiting", CartBody, preheader: "Your items are still in your cart");
}
