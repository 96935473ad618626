using System.Net;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

[TestFixture]
public class SuppressionListOverHttpTests
{
    private const string Page = "/Admin/TriggerMailSuppression/List";

    [Test]
    public async Task An_address_added_with_a_reason_is_stored_normalized_and_blocks_mail()
    {
        await using var store = await StoreHarness.StartAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page);

        var response = await admin.PostFormAsync("/Admin/TriggerMailSuppression/Add",
            [new("Email", " Bounced@Example.COM "), new("ReasonId", ((int)SuppressionReason.HardBounce).ToString()), new("Note", "Mailbox gone (ticket 4711)")]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var saved = store.Query<Suppression>().Single();
        Assert.That((saved.Email, saved.Reason, saved.ScenarioId, saved.Note), Is.EqualTo(("bounced@example.com", SuppressionReason.HardBounce, 0, "Mailbox gone (ticket 4711)")));
        Assert.That(site.Notifications.Notifications.Where(n => n.Success).Select(n => n.Message), Has.Some.Contains("bounced@example.com"));
        using var scope = store.CreateScope();
        var list = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Nop.Plugin.Misc.TriggerMail.Compliance.SuppressionList>(scope.ServiceProvider);
        Assert.That(await list.FindBlockingAsync("bounced@example.com", 3, isTransactional: true), Is.Not.Null, "a hard bounce blocks order mail too");
    }

    [Test]
    public async Task An_invalid_address_comes_back_with_the_error_beside_the_field_and_the_text_kept()
    {
        await using var store = await StoreHarness.StartAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page);

        var response = await admin.PostFormAsync("/Admin/TriggerMailSuppression/Add", [new("Email", "not-an-address"), new("ReasonId", "99")]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("Email \"not-an-address\" is not an email address."));
        Assert.That(html, Does.Contain("ReasonId 99 is not a suppression reason."));
        Assert.That(html, Does.Match("id=\"Email\"[^>]*value=\"not-an-address\"|value=\"not-an-address\"[^>]*id=\"Email\""));
        Assert.That(store.Query<Suppression>(), Is.Empty);
    }

    [Test]
    public async Task The_list_is_searched_by_part_of_the_address_by_reason_and_by_day()
    {
        await using var store = await StoreHarness.StartAsync();
        var today = store.Clock.UtcNow;
        await SuppressAsync(store, "ann@example.com", SuppressionReason.Unsubscribed, today.AddDays(-10));
        await SuppressAsync(store, "bob@example.com", SuppressionReason.HardBounce, today.AddDays(-2));
        await SuppressAsync(store, "carol@shop.test", SuppressionReason.Complaint, today.AddDays(-2));
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page);

        var byAddress = await EmailsAsync(admin, ("SearchEmail", "EXAMPLE.com"));
        var byReason = await EmailsAsync(admin, ("SearchReasonId", ((int)SuppressionReason.Complaint).ToString()));
        var byDay = await EmailsAsync(admin, ("SearchCreatedFrom", today.AddDays(-3).ToString("yyyy-MM-dd")), ("SearchCreatedTo", today.AddDays(-2).ToString("yyyy-MM-dd")));
        var all = await EmailsAsync(admin);

        Assert.That(byAddress, Is.EqualTo(new[] { "bob@example.com", "ann@example.com" }));
        Assert.That(await ScopesAsync(admin), Is.EqualTo(new[] { "All mail, order and account emails included", "All mail, order and account emails included", "All marketing" }));
        Assert.That(byReason, Is.EqualTo(new[] { "carol@shop.test" }));
        Assert.That(byDay, Is.EquivalentTo(new[] { "bob@example.com", "carol@shop.test" }));
        Assert.That(all, Has.Length.EqualTo(3));
    }

    [Test]
    public async Task Removing_an_entry_deletes_it_and_the_address_may_get_marketing_again()
    {
        await using var store = await StoreHarness.StartAsync();
        var entry = await SuppressAsync(store, "ann@example.com", SuppressionReason.Manual, store.Clock.UtcNow);
        var kept = await SuppressAsync(store, "bob@example.com", SuppressionReason.Manual, store.Clock.UtcNow);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page);

        var json = await AdminClient.JsonAsync(await admin.PostFormAsync("/Admin/TriggerMailSuppression/Delete", [new("id", entry.Id.ToString())], ajax: true));

        Assert.That(json.GetProperty("Result").GetBoolean(), Is.True);
        Assert.That(store.Query<Suppression>().Select(s => s.Id), Is.EqualTo(new[] { kept.Id }));
    }

    [Test]
    public async Task The_page_renders_the_search_the_add_form_and_the_grid_with_the_reasons()
    {
        await using var store = await StoreHarness.StartAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync(Page + "?SearchEmail=jane%40example.com");

        Assert.That(html, Does.Contain("id=\"suppressions-grid\""));
        Assert.That(html, Does.Match("id=\"SearchEmail\"[^>]*value=\"jane@example.com\"|value=\"jane@example.com\"[^>]*id=\"SearchEmail\""));
        Assert.That(html, Does.Contain(">Hard bounce</option>").And.Contain(">Complaint</option>").And.Contain(">Manual</option>").And.Contain(">Unsubscribe</option>"));
        Assert.That(html, Does.Contain("id=\"suppression-remove-modal\""));
    }

    [Test]
    public async Task The_suppression_list_is_denied_to_an_admin_without_the_plugin_permission()
    {
        await using var store = await StoreHarness.StartAsync();
        var entry = await SuppressAsync(store, "ann@example.com", SuppressionReason.Manual, store.Clock.UtcNow);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page);
        store.Permissions.DeniedToCurrentCustomer.Add(TriggerMailDefaults.Permissions.Manage);

        var page = await admin.Http.GetAsync(Page);
        var remove = await AdminClient.JsonAsync(await admin.PostFormAsync("/Admin/TriggerMailSuppression/Delete", [new("id", entry.Id.ToString())], ajax: true));
        var add = await admin.PostFormAsync("/Admin/TriggerMailSuppression/Add", [new("Email", "x@example.com"), new("ReasonId", "40")]);

        Assert.That(page.Headers.Location!.ToString(), Does.StartWith(AdminSite.AccessDeniedPath));
        Assert.That(remove.TryGetProperty("error", out _), Is.True);
        Assert.That(add.Headers.Location!.ToString(), Does.StartWith(AdminSite.AccessDeniedPath));
        Assert.That(store.Query<Suppression>().Select(s => s.Email), Is.EqualTo(new[] { "ann@example.com" }));
    }

    private static Task<Suppression> SuppressAsync(StoreHarness store, string email, SuppressionReason reason, DateTime createdOnUtc) =>
        store.InsertAsync(new Suppression { Email = email, ScenarioId = 0, Reason = reason, CreatedOnUtc = createdOnUtc }, publishEvent: false);

    private static async Task<string[]> ScopesAsync(AdminClient admin)
    {
        var json = await AdminClient.JsonAsync(await admin.PostFormAsync(Page, [new("draw", "1"), new("start", "0"), new("length", "15")], ajax: true));
        return json.GetProperty("Data").EnumerateArray().Select(r => r.GetProperty("Scope").GetString()).ToArray();
    }

    private static async Task<string[]> EmailsAsync(AdminClient admin, params (string Name, string Value)[] filters)
    {
        var fields = filters.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("draw", "1")).Append(new("start", "0")).Append(new("length", "15"));
        var json = await AdminClient.JsonAsync(await admin.PostFormAsync(Page, fields, ajax: true));
        return json.GetProperty("Data").EnumerateArray().Select(r => r.GetProperty("Email").GetString()).ToArray();
    }
}
