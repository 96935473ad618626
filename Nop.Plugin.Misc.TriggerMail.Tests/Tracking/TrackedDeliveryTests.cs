using System.Text.RegularExpressions;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Delivery;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Tracking;

/// <summary>
/// Tracking applied by delivery: what the customer's mail client receives, and what is stored for the redirects.
/// </summary>
[TestFixture]
public class TrackedDeliveryTests
{
    private const string Letter = "<p>Hello {{Customer.FirstName}}</p><a href=\"https://store.test/sale?utm_source=mail\">Sale</a> <a href=\"https://store.test/cart\">Cart</a>";

    [Test]
    public async Task A_sent_marketing_email_has_its_links_rewritten_to_click_redirects_and_an_open_pixel()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var message = await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("Sale", Letter), scenarioId: (await ScenarioAsync(store, true)).Id);

        await world.DeliverAsync();

        var body = store.Mail.Sent.Single().Body;
        var hrefs = Hrefs(body);
        Assert.That(hrefs.Take(2), Has.All.StartWith("https://store.test/tm/c/"));
        Assert.That(body, Does.Match("<img src=\"https://store.test/tm/o/[^\"]+\" width=\"1\" height=\"1\""));
        Assert.That(body, Does.Not.Contain("href=\"https://store.test/sale"));
        var links = store.Query<MessageLink>(q => q.Where(l => l.MessageId == message.Id).OrderBy(l => l.LinkIndex));
        Assert.That(links.Select(l => l.Url), Is.EqualTo(new[] { "https://store.test/sale?utm_source=mail", "https://store.test/cart" }));
    }

    [Test]
    public async Task The_unsubscribe_link_and_the_list_unsubscribe_header_are_not_rewritten()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var message = await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("Sale", Letter), scenarioId: (await ScenarioAsync(store, true)).Id);

        await world.DeliverAsync();

        var email = store.Mail.Sent.Single();
        var unsubscribe = Hrefs(email.Body).Last();
        Assert.That(unsubscribe, Does.StartWith("https://store.test/triggermail/unsubscribe/"));
        Assert.That(email.Headers["List-Unsubscribe"], Does.StartWith($"<{unsubscribe}>, <mailto:"));
        Assert.That(store.Query<MessageLink>(q => q.Where(l => l.MessageId == message.Id)).Select(l => l.Url), Has.None.Contains("unsubscribe"));
    }

    [Test]
    public async Task A_scenario_with_tracking_off_gets_its_html_untouched()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("Sale", Letter), scenarioId: (await ScenarioAsync(store, false)).Id);

        await world.DeliverAsync();

        var body = store.Mail.Sent.Single().Body;
        Assert.That(body, Does.Contain("<a href=\"https://store.test/sale?utm_source=mail\">Sale</a> <a href=\"https://store.test/cart\">Cart</a>"));
        Assert.That(body, Does.Not.Contain("/tm/"));
        Assert.That(store.Query<MessageLink>(), Is.Empty);
    }

    [Test]
    public async Task Tracking_switched_off_globally_leaves_the_html_untouched_even_for_a_tracking_scenario()
    {
        await using var store = await StoreHarness.StartAsync();
        var settings = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        settings.TrackingEnabled = false;
        await store.Settings.SaveSettingAsync(settings);
        var world = await DeliveryWorld.CreateAsync(store);
        await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("Sale", Letter), scenarioId: (await ScenarioAsync(store, true)).Id);

        await world.DeliverAsync();

        var body = store.Mail.Sent.Single().Body;
        Assert.That(body, Does.Contain("<a href=\"https://store.test/sale?utm_source=mail\">Sale</a> <a href=\"https://store.test/cart\">Cart</a>"));
        Assert.That(body, Does.Not.Contain("/tm/"));
        Assert.That(store.Query<MessageLink>(), Is.Empty);
    }

    [Test]
    public async Task A_send_retried_after_a_transient_failure_stores_its_links_once()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var message = await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("Sale", Letter), scenarioId: (await ScenarioAsync(store, true)).Id);
        var failures = 1;
        store.Mail.FailNext = _ => failures-- > 0 ? new TimeoutException("The operation has timed out.") : null;

        await world.DeliverAsync();
        store.Clock.Advance(TimeSpan.FromMinutes(2));
        await world.DeliverAsync();

        Assert.That(world.Reload(message).Attempts, Is.EqualTo(2));
        Assert.That(store.Mail.Sent, Has.Count.EqualTo(1));
        var links = store.Query<MessageLink>(q => q.Where(l => l.MessageId == message.Id));
        Assert.That(links.Select(l => (l.LinkIndex, l.Url)), Is.EquivalentTo(new[] { (0, "https://store.test/sale?utm_source=mail"), (1, "https://store.test/cart") }));
    }

    [Test]
    public async Task Transactional_mail_of_a_tracking_scenario_is_tracked_too()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("Shipped", Letter), transactional: true,
            scenarioId: (await ScenarioAsync(store, true)).Id);

        await world.DeliverAsync();

        Assert.That(Hrefs(store.Mail.Sent.Single().Body), Has.All.StartWith("https://store.test/tm/c/"));
    }

    internal static Task<Scenario> ScenarioAsync(StoreHarness store, bool tracking)
    {
        return store.InsertAsync(new Scenario
        {
            Name = "Sale", TriggerKind = TriggerKind.CustomerRegistered, Category = ScenarioCategory.Marketing, Status = ScenarioStatus.Active,
            TrackingEnabled = tracking, CurrentVersion = 1, CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow
        });
    }

    private static List<string> Hrefs(string html) =>
        Regex.Matches(html, "href=\"([^\"]+)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
}
