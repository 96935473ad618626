using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Stories;

/// <summary>
/// The welcome series preset, from registration to its third email, through the real consumer and tasks.
/// </summary>
[TestFixture]
public class WelcomeSeriesStoryTests
{
    [Test]
    public async Task A_new_customer_receives_the_three_welcome_emails_over_the_scenarios_waits()
    {
        await using var store = await StoreHarness.StartAsync();
        var story = await StoreStory.CreateAsync(store);
        var scenario = await story.ActivatePresetAsync(ScenarioPreset.WelcomeSeries, new Dictionary<string, EmailTemplate>
        {
            ["welcome-1"] = await story.TemplateAsync("Welcome to {{Store.Name}}", "<p>Hello {{Customer.Greeting}}!</p><a href=\"{{Links.Store}}\">Shop now</a>"),
            ["welcome-2"] = await story.TemplateAsync("Our bestsellers", "<p>{{Customer.FirstName}}, have a look.</p>"),
            ["welcome-3"] = await story.TemplateAsync("Need help?", "<p>We are here, {{Customer.FirstName}}.</p>")
        });
        var registeredOn = store.Clock.UtcNow;

        await story.RegistersAsync("ann@example.com", "Ann");
        await story.LaterAsync(TimeSpan.FromMinutes(1));
        var afterRegistration = store.Mail.Sent.Select(e => e.Subject).ToList();
        await story.LaterAsync(TimeSpan.FromDays(1));
        var afterOneDay = store.Mail.Sent.Count;
        await story.LaterAsync(TimeSpan.FromDays(1));
        await story.LaterAsync(TimeSpan.FromDays(3));
        await story.LaterAsync(TimeSpan.FromDays(1));

        Assert.That(afterRegistration, Is.EqualTo(new[] { "Welcome to Test store" }));
        Assert.That(afterOneDay, Is.EqualTo(1));
        Assert.That(store.Mail.Sent.Select(e => e.Subject), Is.EqualTo(new[] { "Welcome to Test store", "Our bestsellers", "Need help?" }));
        Assert.That(store.Mail.Sent.Select(e => e.ToAddress), Has.All.EqualTo("ann@example.com"));
        Assert.That(store.Mail.Sent.First().Body, Does.Contain("Hello Ann!"));
        var sentOn = store.Query<Message>(q => q.Where(m => m.ScenarioId == scenario.Id).OrderBy(m => m.Id)).Select(m => m.SentOnUtc!.Value - registeredOn).ToList();
        Assert.That(sentOn.Select(t => (int)t.TotalDays), Is.EqualTo(new[] { 0, 2, 5 }));
        Assert.That(store.Query<Enrollment>().Single().Status, Is.EqualTo(EnrollmentStatus.Completed));
    }
}
