using System.Net;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

[TestFixture]
public class SettingsPageOverHttpTests
{
    [Test]
    public async Task The_settings_page_renders_in_the_admin_layout_with_localized_labels_and_the_menu_node()
    {
        await using var store = await StoreHarness.StartAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync("/Admin/TriggerMail/Configure");

        Assert.That(html, Does.Contain("id=\"MaxMessagesPerMinute\""));
        Assert.That(html, Does.Contain("value=\"60\""));
        Assert.That(html, Does.Contain("main-sidebar"));
        Assert.That(html, Does.Contain("data-menu=\"TriggerMail\""));
        Assert.That(html, Does.Not.Contain("Plugins.Misc.TriggerMail.Settings.Sending"), "the card titles are localized");
    }

    [Test]
    public async Task An_admin_without_the_plugin_permission_is_sent_to_the_access_denied_page()
    {
        await using var store = await StoreHarness.StartAsync();
        store.Permissions.DeniedToCurrentCustomer.Add(TriggerMailDefaults.Permissions.Manage);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var response = await admin.Http.GetAsync("/Admin/TriggerMail/Configure");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.StartWith(AdminSite.AccessDeniedPath));
    }

    [Test]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await using var store = await StoreHarness.StartAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var response = await admin.PostFormAsync("/Admin/TriggerMail/Configure", [new("MaxMessagesPerMinute", "5")]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Invalid_settings_posted_from_the_page_come_back_with_the_error_beside_the_field_and_the_value_kept()
    {
        await using var store = await StoreHarness.StartAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync("/Admin/TriggerMail/Configure");

        var response = await admin.PostFormAsync("/Admin/TriggerMail/Configure", [new("MaxMessagesPerMinute", "0"), new("BatchSize", "100"), new("RunTimeBudgetSeconds", "60"), new("MaxSendAttempts", "5"), new("AttributionWindowDays", "5")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("MaxMessagesPerMinute must be between 1 and 100000"));
        Assert.That(html, Does.Match("id=\"MaxMessagesPerMinute\"[^>]*value=\"0\"|value=\"0\"[^>]*id=\"MaxMessagesPerMinute\""));
    }
}
