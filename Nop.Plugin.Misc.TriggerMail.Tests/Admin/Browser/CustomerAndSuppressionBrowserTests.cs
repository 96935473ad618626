using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Browser;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Browser;

[TestFixture]
[NonParallelizable]
public class CustomerAndSuppressionBrowserTests
{
    [Test]
    public async Task From_the_customer_edit_page_the_admin_opens_the_message_log_and_sees_each_message()
    {
        await using var store = await StoreHarness.StartAsync();
        var seed = await CustomerAdminSeed.CreateAsync(store);
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open($"/Admin/Customer/Edit/{seed.Customer.Id}");
        browser.Click("#triggermail-customer-messages-link");
        browser.Wait(d => d.FindElements(OpenQA.Selenium.By.CssSelector("#customer-messages-grid tbody tr")).Count == 4, "the four messages in the grid");

        var rows = browser.FindAll("#customer-messages-grid tbody tr").Select(r => r.Text).ToList();
        Assert.That(rows[3], Does.Contain("Welcome series").And.Contain("Welcome email").And.Contain("Welcome to Your store, Jane!").And.Contain("2 (3)").And.Contain("#1001"));
        Assert.That(rows[1], Does.Contain("Win-back").And.Contain("Failed").And.Contain("550 5.1.1 Mailbox unavailable"));
        Assert.That(browser.FindAll("#customer-messages-grid tbody tr")[2].FindElements(OpenQA.Selenium.By.CssSelector(".fa-check")), Has.Count.EqualTo(1), "unsubscribed through the cart reminder");
        browser.Screenshot("customer-message-log");
        Assert.That(HostTexts.PageErrors(browser), Is.Empty);
    }

    [Test]
    public async Task An_admin_adds_an_address_to_the_suppression_list_finds_it_and_removes_it_after_confirming()
    {
        await using var store = await StoreHarness.StartAsync();
        var now = store.Clock.UtcNow;
        await store.InsertAsync(new Suppression { Email = "ann@example.com", ScenarioId = 0, Reason = SuppressionReason.Unsubscribed, Note = "Unsubscribed from message 2f4c…", CreatedOnUtc = now.AddDays(-12) }, publishEvent: false);
        await store.InsertAsync(new Suppression { Email = "old.address@example.org", ScenarioId = 0, Reason = SuppressionReason.HardBounce, Note = "550 5.1.1 User unknown", CreatedOnUtc = now.AddDays(-5) }, publishEvent: false);
        await store.InsertAsync(new Suppression { Email = "angry@example.net", ScenarioId = 0, Reason = SuppressionReason.Complaint, Note = "Marked as spam", CreatedOnUtc = now.AddDays(-2) }, publishEvent: false);
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open("/Admin/TriggerMailSuppression/List");
        browser.WaitForText("#suppressions-grid tbody", "angry@example.net");
        browser.Type("#Email", "Do.Not.Mail@Example.com");
        browser.SelectValue("#ReasonId", ((int)SuppressionReason.Manual).ToString());
        browser.Type("#Note", "Asked by phone not to be emailed");
        browser.Click("#suppression-add");
        browser.WaitForText("#suppressions-grid tbody", "do.not.mail@example.com");
        Assert.That(store.Query<Suppression>(q => q.Where(s => s.Email == "do.not.mail@example.com")).Single().Reason, Is.EqualTo(SuppressionReason.Manual));
        browser.Screenshot("suppression-list");

        browser.Type("#SearchEmail", "do.not");
        browser.Click("#search-suppressions");
        browser.Wait(d => d.FindElements(OpenQA.Selenium.By.CssSelector("#suppressions-grid tbody tr")).Count == 1
            && d.FindElement(OpenQA.Selenium.By.CssSelector("#suppressions-grid tbody")).Text.Contains("do.not.mail@example.com"), "the search to find the one address");
        browser.Click("#suppressions-grid .suppression-remove");
        browser.WaitForText("#suppression-remove-email", "do.not.mail@example.com");
        browser.Click("#suppression-remove-confirm");
        browser.WaitForText("#suppressions-grid tbody", "No data available");

        Assert.That(store.Query<Suppression>().Select(s => s.Email), Is.EquivalentTo(new[] { "ann@example.com", "old.address@example.org", "angry@example.net" }));
        Assert.That(HostTexts.PageErrors(browser), Is.Empty);
    }
}
