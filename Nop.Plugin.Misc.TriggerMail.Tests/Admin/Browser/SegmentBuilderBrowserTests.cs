using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Browser;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;
using OpenQA.Selenium;
using static Nop.Plugin.Misc.TriggerMail.Tests.Segments.SegmentData;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Browser;

[TestFixture]
[NonParallelizable]
public class SegmentBuilderBrowserTests
{
    private const int Norway = 1;
    private const int WeeklyNews = 1;

    /// <summary>(country = Norway AND orders ≥ 2) OR NOT subscribed to the weekly newsletter.</summary>
    private static readonly SegmentRule Expected = SegmentRule.Or(
        SegmentRule.And(SegmentRule.Condition("profile.country", "in", new[] { Norway }), SegmentRule.Condition("orders.count", "gte", 2)),
        SegmentRule.Not(SegmentRule.Condition("profile.newsletter", "in", new[] { WeeklyNews })));

    private static async Task SeedAsync(StoreHarness store)
    {
        await store.InsertAsync(new Country { Name = "Norway", TwoLetterIsoCode = "NO", Published = true, DisplayOrder = 1 }, publishEvent: false);
        await store.InsertAsync(new Country { Name = "Sweden", TwoLetterIsoCode = "SE", Published = true, DisplayOrder = 2 }, publishEvent: false);
        await store.InsertAsync(new Country { Name = "Denmark", TwoLetterIsoCode = "DK", Published = true, DisplayOrder = 3 }, publishEvent: false);
        await store.InsertAsync(new NewsLetterSubscriptionType { Name = "Weekly news", DisplayOrder = 1 }, publishEvent: false);
        await store.InsertAsync(new NewsLetterSubscriptionType { Name = "Offers", DisplayOrder = 2 }, publishEvent: false);

        (string First, string Last, int Country, int Orders, bool Subscribed)[] people =
        [
            ("Ingrid", "Berg", Norway, 2, true), ("Lars", "Hansen", Norway, 4, true), ("Astrid", "Nilsson", 2, 3, true),
            ("Erik", "Lund", 2, 0, false), ("Sofie", "Dahl", Norway, 1, false), ("Mette", "Holm", 3, 0, true),
            ("Nils", "Olsen", Norway, 0, true), ("Karin", "Strand", Norway, 3, false), ("Jonas", "Vik", 3, 2, false)
        ];
        var day = 0;
        foreach (var person in people)
        {
            var email = $"{person.First.ToLowerInvariant()}.{person.Last.ToLowerInvariant()}@example.com";
            var customer = await CustomerAsync(store, email, c =>
            {
                c.FirstName = person.First; c.LastName = person.Last; c.CountryId = person.Country; c.CreatedOnUtc = store.Clock.UtcNow.AddDays(-200 + 15 * day++);
            });
            for (var i = 0; i < person.Orders; i++)
                await OrderAsync(store, customer, 25m + 10 * i, daysAgo: 5 + 20 * i);
            if (person.Subscribed)
                await SubscribeAsync(store, email, WeeklyNews);
        }
    }

    private static async Task<int> EngineCountAsync(StoreHarness store, SegmentRule rules)
    {
        using var scope = store.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SegmentService>().CountAsync(rules);
    }

    private static string WaitForLiveCount(BrowserSession browser)
    {
        browser.Wait(d =>
        {
            var host = d.FindElement(By.Id("segment-rule-builder"));
            var rules = d.FindElement(By.Id("RulesJson")).GetAttribute("value");
            return host.GetAttribute("data-count-state") == "done" && host.GetAttribute("data-counted-rules") == rules;
        }, "the live count of the current rules");
        return browser.Find("#segment-live-count-value").Text;
    }

    [Test]
    public async Task An_admin_builds_a_nested_segment_by_clicking_and_the_live_count_and_saved_rules_match_the_engine()
    {
        await using var store = await StartStoreAsync();
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open("/Admin/TriggerMailSegment/Create");
        browser.Type("#Name", "Norwegian regulars or not on the newsletter");
        browser.Type("#Description", "Repeat buyers in Norway, and everyone who does not read the weekly news");
        browser.SelectValue(".rb-root > .rb-group-head .rb-group-type", "or");
        browser.Click(".rb-root > .rb-group-head .rb-add-group");
        browser.SelectValue("[data-path='rules[0].rules[0]'] .rb-field", "profile.country");
        browser.Click($"[data-path='rules[0].rules[0]'] .rb-check[data-value='{Norway}'] input");
        browser.Click("[data-path='rules[0]'] > .rb-group-head .rb-add-condition");
        browser.SelectValue("[data-path='rules[0].rules[1]'] .rb-field", "orders.count");
        browser.SelectValue("[data-path='rules[0].rules[1]'] .rb-operator", "gte");
        browser.WaitForText("[data-path='rules[0].rules[1]'] > .rb-error", "'orders.count' gte: a value is required");
        browser.Type("[data-path='rules[0].rules[1]'] input.rb-value", "2");
        browser.Click(".rb-root > .rb-group-head .rb-add-group");
        browser.SelectValue("[data-path='rules[1]'] > .rb-group-head .rb-group-type", "not");
        browser.SelectValue("[data-path='rules[1].rules[0]'] .rb-field", "profile.newsletter");
        browser.Click($"[data-path='rules[1].rules[0]'] .rb-check[data-value='{WeeklyNews}'] input");
        var liveCount = WaitForLiveCount(browser);
        FullPageScreenshot(browser, "segment-builder");
        browser.Click("button[name=continueEditing]");
        browser.Wait(d => d.Url.Contains("/Admin/TriggerMailSegment/Edit/"), "the edit page after saving");

        var engineCount = await EngineCountAsync(store, Expected);
        Assert.That(engineCount, Is.EqualTo(6), "the seeded store: Ingrid, Lars and Karin by the AND group; Erik, Sofie and Jonas by NOT subscribed");
        Assert.That(liveCount, Is.EqualTo(engineCount.ToString()));
        var saved = store.Query<Segment>().Single();
        Assert.That(saved.RulesJson, Is.EqualTo(SegmentRulesJson.Serialize(Expected)));
        Assert.That(browser.Driver.FindElement(By.Id("RulesJson")).GetAttribute("value"), Is.EqualTo(saved.RulesJson), "the builder reads the saved rules back unchanged");
        Assert.That(WaitForLiveCount(browser), Is.EqualTo(engineCount.ToString()));
        Assert.That(browser.FindAll(".rb-group-not [data-field='profile.newsletter'] .rb-check input").Count(c => c.Selected), Is.EqualTo(1));
        Assert.That(PageErrors(browser), Is.Empty);
    }

    [Test]
    public async Task The_list_recounts_a_segment_and_the_members_page_lists_the_engines_members_with_links_to_their_customer_pages()
    {
        await using var store = await StartStoreAsync();
        var segment = new Segment { Name = "Norwegian regulars or not on the newsletter", RulesJson = SegmentRulesJson.Serialize(Expected) };
        using (var scope = store.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SegmentService>().SaveAsync(segment);
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open("/Admin/TriggerMailSegment/List");
        browser.WaitForText("#segments-grid tbody", "not counted yet");
        browser.Click($".segment-recount[data-segment-id='{segment.Id}']");
        browser.WaitForText($".segment-count[data-segment-id='{segment.Id}'] strong", "6");
        Assert.That(store.Query<Segment>().Single().CachedCount, Is.EqualTo(await EngineCountAsync(store, Expected)));

        browser.Open($"/Admin/TriggerMailSegment/Members/{segment.Id}");
        browser.Wait(d => d.FindElement(By.Id("segment-members-grid")).GetAttribute("data-loaded") is not null, "the members grid");
        FullPageScreenshot(browser, "segment-members");

        var expected = await MembersAsync(store, Expected);
        var links = browser.FindAll("#segment-members-grid tbody td a");
        Assert.That(links.Select(a => a.Text).Order(StringComparer.OrdinalIgnoreCase), Is.EqualTo(expected));
        var customers = store.Query<Customer>().ToDictionary(c => c.Email);
        Assert.That(links.Select(a => a.GetAttribute("href")),
            Is.EqualTo(links.Select(a => $"{browser.BaseAddress}/Admin/Customer/Edit/{customers[a.Text].Id}")));
        Assert.That(browser.Find("#segment-member-count").Text, Is.EqualTo(expected.Length.ToString()));
        Assert.That(PageErrors(browser), Is.Empty);
    }

    [Test]
    public async Task Saved_rules_of_every_value_kind_read_back_from_the_builders_inputs_unchanged()
    {
        await using var store = await StartStoreAsync();
        var scenario = await store.InsertAsync(new Scenario
        {
            Name = "Welcome", TriggerKind = TriggerKind.CustomerRegistered, Category = ScenarioCategory.Marketing,
            Status = ScenarioStatus.Active, CurrentVersion = 1, CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow
        }, publishEvent: false);
        var spent = SegmentRule.Condition("orders.totalSpent", "gte", 12.5m);
        spent.PaidOnly = true;
        spent.InLastDays = 90;
        var lastOrder = SegmentRule.Condition("orders.lastOrderDate", "before", "2026-02-01");
        lastOrder.FromUtc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var opened = SegmentRule.Condition("engagement.opened", "is", false);
        opened.ScenarioId = scenario.Id;
        var rules = SegmentRule.And(
            SegmentRule.Condition("profile.emailDomain", "in", new[] { "example.com", "shop.test" }),
            SegmentRule.Condition("profile.birthdayMonth", "in", new[] { 3, 12 }),
            spent,
            lastOrder,
            SegmentRule.Condition("activity.lastActivity", "withinDays", 30),
            SegmentRule.Or(SegmentRule.Condition("orders.product", "in", new[] { 3, 7 }), opened),
            SegmentRule.Not(SegmentRule.Condition("profile.gender", "eq", "F")));
        var segment = new Segment { Name = "Every kind", RulesJson = SegmentRulesJson.Serialize(rules) };
        using (var scope = store.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SegmentService>().SaveAsync(segment);
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open($"/Admin/TriggerMailSegment/Edit/{segment.Id}");
        browser.Script("""
            document.querySelectorAll('#segment-rule-builder .rb-show-options').forEach(function (b) { b.click(); });
            document.querySelectorAll('#segment-rule-builder input, #segment-rule-builder select').forEach(function (e) {
                e.dispatchEvent(new Event(e.tagName === 'SELECT' || e.type === 'checkbox' || e.type === 'date' ? 'change' : 'input', { bubbles: true }));
            });
            """);
        var liveCount = WaitForLiveCount(browser);

        Assert.That(browser.Driver.FindElement(By.Id("RulesJson")).GetAttribute("value"), Is.EqualTo(SegmentRulesJson.Serialize(rules)));
        Assert.That(liveCount, Is.EqualTo((await EngineCountAsync(store, rules)).ToString()));
        Assert.That(browser.FindAll(".rb-error-message"), Is.Empty);
        Assert.That(PageErrors(browser), Is.Empty);
    }

    // The test host serves no favicon; everything else the page logs as an error is one.
    private static List<string> PageErrors(BrowserSession browser) => browser.ConsoleErrors().Where(e => !e.Contains("favicon.ico")).ToList();

    // Headless Chromium will not grow the window past its screen, so the page is laid out at its full height through
    // the DevTools device metrics and the whole page is saved.
    private static void FullPageScreenshot(BrowserSession browser, string name)
    {
        var height = Convert.ToInt32(browser.Script("return Math.max(document.documentElement.scrollHeight, document.querySelector('.wrapper').scrollHeight);"));
        browser.Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object>
        {
            ["width"] = 1400, ["height"] = Math.Clamp(height, 800, 4000), ["deviceScaleFactor"] = 1, ["mobile"] = false
        });
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        browser.Driver.GetScreenshot().SaveAsFile(Path.Combine(BrowserSession.ScreenshotFolder, name + ".png"));
        browser.Driver.ExecuteCdpCommand("Emulation.clearDeviceMetricsOverride", new Dictionary<string, object>());
    }

    private static async Task<StoreHarness> StartStoreAsync()
    {
        var store = await StoreHarness.StartAsync();
        await SeedAsync(store);
        return store;
    }
}
