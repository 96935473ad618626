using System.Net;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Stories;

/// <summary>
/// The store story of ARCHITECTURE.md, end to end through the plugin's real consumers, tasks, services and public
/// endpoint: she registers and fills her cart, leaves; an hour later the reminder goes out; she clicks, orders; the
/// chain exits and the revenue is attributed.
/// </summary>
[TestFixture]
public class AbandonedCartStoryTests
{
    private const string ReminderBody = "<p>Hi {{Customer.Greeting}}, you left these behind:</p>"
        + "{{#each Cart.Items}}<p><a href=\"{{ProductUrl}}\">{{Name}}</a> x{{Quantity}} {{Total}}</p>{{/each}}"
        + "<p><a href=\"{{Cart.Url}}\">Back to your cart</a></p>";

    [Test]
    public async Task An_abandoned_cart_is_reminded_once_clicked_ordered_and_the_order_is_credited_to_the_reminder()
    {
        await using var store = await StoreHarness.StartAsync();
        var story = await StoreStory.CreateAsync(store);
        var scenario = await story.ActivatePresetAsync(ScenarioPreset.AbandonedCart, new Dictionary<string, EmailTemplate>
        {
            ["reminder-1"] = await story.TemplateAsync("You left something in your cart", ReminderBody),
            ["reminder-2-coupon"] = await story.TemplateAsync("Still thinking? Here is 10% off", ReminderBody)
        }, TriggerSettingsJson.Serialize(new AbandonedCartTriggerSettings(60)));
        var lamp = await story.World.ProductAsync("Reading lamp", 25m);
        var ann = await story.RegistersAsync("ann@example.com", "Ann");
        await story.World.AddToCartAsync(ann, lamp, 1);
        var day = store.Clock.UtcNow.Date;

        await story.LaterAsync(TimeSpan.FromMinutes(30));
        var mailAfterHalfAnHour = store.Mail.Sent.Count;
        await story.LaterAsync(TimeSpan.FromMinutes(31));
        var reminder = store.Mail.Sent.Single();

        store.Clock.Advance(TimeSpan.FromMinutes(20));
        await using var site = await PublicSite.StartAsync(store);
        var browser = site.CreateClient();
        browser.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36");
        var cartLink = StoreStory.TrackedLinks(reminder.Body).Single(l => l.Text == "Back to your cart");
        var landing = await browser.GetAsync(cartLink.Path);
        store.Clock.Advance(TimeSpan.FromMinutes(10));
        var order = await story.OrdersAsync(ann, 25m);
        await story.LaterAsync(TimeSpan.FromDays(1));
        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);

        Assert.That(mailAfterHalfAnHour, Is.EqualTo(0));
        Assert.That(reminder.ToAddress, Is.EqualTo("ann@example.com"));
        Assert.That(reminder.Subject, Is.EqualTo("You left something in your cart"));
        Assert.That(reminder.Body, Does.Contain("Hi Ann, you left these behind:"));
        Assert.That(reminder.Body, Does.Contain(">Reading lamp</a> x1 25.00 USD"));
        Assert.That(reminder.Headers["List-Unsubscribe"], Does.StartWith("<https://store.test/triggermail/unsubscribe/"));
        Assert.That(reminder.Headers["List-Unsubscribe-Post"], Is.EqualTo("List-Unsubscribe=One-Click"));
        Assert.That(landing.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(landing.Headers.Location?.ToString(), Is.EqualTo("https://store.test/cart"));
        var enrollment = store.Query<Enrollment>().Single();
        Assert.That(enrollment.Status, Is.EqualTo(EnrollmentStatus.Exited));
        Assert.That(enrollment.EndReason, Does.Contain("OrderPlaced"));
        Assert.That(store.Mail.Sent, Has.Count.EqualTo(1));
        Assert.That(store.Query<Message>().Select(m => m.StepKey), Is.EqualTo(new[] { "reminder-1" }));
        var conversion = store.Query<Conversion>().Single();
        Assert.That((conversion.OrderId, conversion.ScenarioId, conversion.StepKey, conversion.Revenue), Is.EqualTo((order.Id, scenario.Id, "reminder-1", 25m)));
        var figures = await story.FiguresAsync(scenario.Id, day);
        Assert.That((figures.Sent, figures.UniqueClicks, figures.Orders, figures.Revenue), Is.EqualTo((1, 1, 1, 25m)));
        Assert.That(store.Log.Entries.Where(e => e.Level == "Error").Select(e => e.Message), Is.Empty);
    }

    [Test]
    public async Task A_guest_who_gave_her_email_at_checkout_is_reminded_at_that_address()
    {
        await using var store = await StoreHarness.StartAsync();
        var story = await StoreStory.CreateAsync(store);
        await story.ActivatePresetAsync(ScenarioPreset.AbandonedCart, new Dictionary<string, EmailTemplate>
        {
            ["reminder-1"] = await story.TemplateAsync("You left something in your cart", ReminderBody),
            ["reminder-2-coupon"] = await story.TemplateAsync("Still thinking? Here is 10% off", ReminderBody)
        }, TriggerSettingsJson.Serialize(new AbandonedCartTriggerSettings(60)));
        var lamp = await story.World.ProductAsync("Reading lamp", 25m);
        var guest = await story.GuestAtCheckoutAsync("guest@example.com");
        await story.World.AddToCartAsync(guest, lamp, 1);

        await story.LaterAsync(TimeSpan.FromMinutes(61));

        var reminder = store.Mail.Sent.Single();
        Assert.That(reminder.ToAddress, Is.EqualTo("guest@example.com"));
        Assert.That(reminder.Body, Does.Contain(">Reading lamp</a> x1 25.00 USD"));
        Assert.That(store.Query<Message>().Single().ToEmail, Is.EqualTo("guest@example.com"));
    }
}
