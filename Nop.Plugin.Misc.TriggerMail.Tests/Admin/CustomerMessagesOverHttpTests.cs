using System.Net;
using System.Text.Json;
using Nop.Plugin.Misc.TriggerMail.Admin.Components;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using Nop.Web.Framework.Infrastructure;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

[TestFixture]
public class CustomerMessagesOverHttpTests
{
    [Test]
    public async Task The_message_log_lists_each_message_with_status_reason_opens_clicks_unsubscribe_and_credited_order()
    {
        await using var store = await StoreHarness.StartAsync();
        var seed = await CustomerAdminSeed.CreateAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync($"/Admin/TriggerMailCustomer/Messages/{seed.Customer.Id}");

        var json = await AdminClient.JsonAsync(await admin.PostFormAsync("/Admin/TriggerMailCustomer/MessageList",
            [new("CustomerId", seed.Customer.Id.ToString()), new("draw", "1"), new("start", "0"), new("length", "15")], ajax: true));

        var rows = json.GetProperty("Data").EnumerateArray().ToList();
        Assert.That(json.GetProperty("RecordsTotal").GetInt32(), Is.EqualTo(4));
        Assert.That(rows.Select(r => r.GetProperty("ScenarioName").GetString()), Is.EqualTo(new[] { "Review request", "Win-back", "Abandoned cart", "Welcome series" }), "newest first");
        var welcome = rows.Single(r => r.GetProperty("Id").GetInt32() == seed.Welcome.Id);
        Assert.That(Fields(welcome, "StepName", "Subject", "Status"), Is.EqualTo(new[] { "Welcome email", "Welcome to Your store, Jane!", "Sent" }));
        Assert.That(Numbers(welcome, "HumanOpens", "AllOpens", "HumanClicks", "AllClicks", "AttributedOrderId"), Is.EqualTo(new[] { 2, 3, 1, 1, 1001 }));
        Assert.That(welcome.GetProperty("Unsubscribed").GetBoolean(), Is.False);
        var reminder = rows.Single(r => r.GetProperty("Id").GetInt32() == seed.CartReminder.Id);
        Assert.That(reminder.GetProperty("Unsubscribed").GetBoolean(), Is.True);
        var failed = rows.Single(r => r.GetProperty("Id").GetInt32() == seed.Failed.Id);
        Assert.That(Fields(failed, "Status", "StatusReason"), Is.EqualTo(new[] { "Failed", "550 5.1.1 Mailbox unavailable" }));
        var held = rows.Single(r => r.GetProperty("Id").GetInt32() == seed.Held.Id);
        Assert.That(Fields(held, "Status", "StatusReason"), Is.EqualTo(new[] { "Suppressed", "Unsubscribed from all marketing." }));
        Assert.That(held.GetProperty("SentOnUtc").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task The_message_log_page_names_the_customer_and_links_back_to_the_customer_edit_page()
    {
        await using var store = await StoreHarness.StartAsync();
        var seed = await CustomerAdminSeed.CreateAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync($"/Admin/TriggerMailCustomer/Messages/{seed.Customer.Id}");

        Assert.That(html, Does.Contain("Jane Cooper (jane.cooper@example.com)"));
        Assert.That(html, Does.Contain($"href=\"/Admin/Customer/Edit/{seed.Customer.Id}\""));
        Assert.That(html, Does.Contain("Messages written for this customer: 4"));
        Assert.That(html, Does.Contain("customer-messages-grid"));
    }

    [Test]
    public async Task An_unknown_customer_is_not_found()
    {
        await using var store = await StoreHarness.StartAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var response = await admin.Http.GetAsync("/Admin/TriggerMailCustomer/Messages/999");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_customer_edit_page_shows_the_plugins_block_with_a_link_to_the_message_log()
    {
        await using var store = await StoreHarness.StartAsync();
        var seed = await CustomerAdminSeed.CreateAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync($"/Admin/Customer/Edit/{seed.Customer.Id}");

        Assert.That(html, Does.Contain("id=\"triggermail-customer-block\""));
        Assert.That(html, Does.Contain($"href=\"/Admin/TriggerMailCustomer/Messages/{seed.Customer.Id}\""));
    }

    [Test]
    public async Task The_plugin_renders_its_customer_block_in_the_admin_customer_details_zone()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();
        var plugin = (Nop.Services.Cms.IWidgetPlugin)Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<TriggerMailPlugin>(scope.ServiceProvider);

        var zones = await plugin.GetWidgetZonesAsync();

        Assert.That(zones, Is.EqualTo(new[] { "admin_customer_details_block" }));
        Assert.That(plugin.GetWidgetViewComponent(AdminWidgetZones.CustomerDetailsBlock), Is.EqualTo(typeof(CustomerMessagesWidgetViewComponent)));
        Assert.That(plugin.HideInWidgetList, Is.True);
    }

    [Test]
    public async Task The_customer_block_is_not_shown_to_an_admin_without_the_plugin_permission()
    {
        await using var store = await StoreHarness.StartAsync();
        var seed = await CustomerAdminSeed.CreateAsync(store);
        store.Permissions.DeniedToCurrentCustomer.Add(TriggerMailDefaults.Permissions.Manage);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync($"/Admin/Customer/Edit/{seed.Customer.Id}");

        Assert.That(html, Does.Contain("id=\"customer-info\""));
        Assert.That(html, Does.Not.Contain("triggermail-customer-block"));
    }

    [Test]
    public async Task The_customer_message_log_is_denied_to_an_admin_without_the_plugin_permission()
    {
        await using var store = await StoreHarness.StartAsync();
        var seed = await CustomerAdminSeed.CreateAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync($"/Admin/TriggerMailCustomer/Messages/{seed.Customer.Id}");
        store.Permissions.DeniedToCurrentCustomer.Add(TriggerMailDefaults.Permissions.Manage);

        var page = await admin.Http.GetAsync($"/Admin/TriggerMailCustomer/Messages/{seed.Customer.Id}");
        var list = await admin.PostFormAsync("/Admin/TriggerMailCustomer/MessageList", [new("CustomerId", seed.Customer.Id.ToString())], ajax: true);

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Headers.Location!.ToString(), Does.StartWith(AdminSite.AccessDeniedPath));
        var json = await AdminClient.JsonAsync(list);
        Assert.That(json.TryGetProperty("error", out _), Is.True);
        Assert.That(json.TryGetProperty("Data", out _), Is.False);
    }

    private static string[] Fields(JsonElement row, params string[] names) => names.Select(n => row.GetProperty(n).GetString()).ToArray();

    private static int[] Numbers(JsonElement row, params string[] names) => names.Select(n => row.GetProperty(n).GetInt32()).ToArray();
}
