using System.Net;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

[TestFixture]
public class StatisticsPermissionTests
{
    [TestCase("/Admin/TriggerMailStatistics/Index")]
    [TestCase("/Admin/TriggerMailStatistics/Scenario/1")]
    [TestCase("/Admin/TriggerMailStatistics/ExportCsv?Days=30&kind=daily")]
    public async Task The_statistics_page_is_denied_to_an_admin_without_the_plugin_permission(string url)
    {
        await using var store = await StoreHarness.StartAsync();
        store.Permissions.DeniedToCurrentCustomer.Add(TriggerMailDefaults.Permissions.ViewStatistics);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var response = await admin.Http.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.StartWith(AdminSite.AccessDeniedPath));
    }

    [Test]
    public async Task The_figures_are_not_given_to_an_admin_without_the_plugin_permission()
    {
        await using var store = await StoreHarness.StartAsync();
        store.Permissions.DeniedToCurrentCustomer.Add(TriggerMailDefaults.Permissions.ViewStatistics);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var response = await admin.PostFormAsync("/Admin/TriggerMailStatistics/Figures", [new("ScenarioId", "0"), new("Days", "7")], ajax: true);

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("\"error\""));
        Assert.That(body, Does.Not.Contain("Series"));
    }

    [Test]
    public async Task Managing_the_plugin_without_viewing_statistics_still_opens_the_statistics_only_with_that_permission()
    {
        await using var store = await StoreHarness.StartAsync();
        store.Permissions.DeniedToCurrentCustomer.Add(TriggerMailDefaults.Permissions.Manage);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var response = await admin.Http.GetAsync("/Admin/TriggerMailStatistics/Index");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
