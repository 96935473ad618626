using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Admin.Scenarios;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

/// <summary>
/// The pages that show every scenario's figures (the statistics overview, the scenario list) read them grouped by
/// scenario: the number of SQL statements a page runs does not grow with the number of scenarios.
/// </summary>
[TestFixture]
public class ManyScenariosStatementCountTests
{
    private const string Overview = "/Admin/TriggerMailStatistics/Index?Days=90";
    private const string List = "/Admin/TriggerMailScenario/List";

    [Test]
    public async Task The_statistics_overview_runs_as_many_statements_for_eight_scenarios_as_for_two()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await ScenarioPagesWorld.StartAsync(store);
        await AddScenariosAsync(world, 2);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Overview);
        var forTwo = await StatementsAsync(store, () => admin.GetPageAsync(Overview));
        await AddScenariosAsync(world, 6);

        var forEight = await StatementsAsync(store, () => admin.GetPageAsync(Overview));

        Assert.That(forEight, Is.EqualTo(forTwo));
        Assert.That(await admin.GetPageAsync(Overview), Does.Contain("Scenario 8"));
    }

    [Test]
    public async Task The_scenario_list_runs_as_many_statements_for_eight_scenarios_as_for_two()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await ScenarioPagesWorld.StartAsync(store);
        await AddScenariosAsync(world, 2);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(List);
        await ListAsync(admin);
        var forTwo = await StatementsAsync(store, () => ListAsync(admin));
        await AddScenariosAsync(world, 6);

        var forEight = await StatementsAsync(store, () => ListAsync(admin));

        Assert.That(forEight, Is.EqualTo(forTwo));
        var rows = (await AdminClient.JsonAsync(await ListAsync(admin))).GetProperty("Data").EnumerateArray().ToList();
        Assert.That(rows, Has.Count.EqualTo(8));
        Assert.That(rows.Select(r => r.GetProperty("StatusCss").GetString()).Distinct(), Is.EqualTo(new[] { "badge-success" }));
    }

    private static async Task AddScenariosAsync(ScenarioPagesWorld world, int count)
    {
        var existing = world.Store.Query<Domain.Scenario>().Count();
        for (var i = existing + 1; i <= existing + count; i++)
        {
            var scenario = await world.ScenarioAsync($"Scenario {i}", TriggerKind.AbandonedCart, ScenarioStatus.Active, 0);
            await world.EnrollAsync(scenario, EnrollmentStatus.Waiting, 2);
            await world.StatAsync(scenario, 0, enrolled: 3);
            await world.StatAsync(scenario, 3, "email-1", sent: 5, orders: 1, revenue: 20m);
            await world.StatAsync(scenario, 20, "email-1", "A", sent: 4, opens: 2, clicks: 1);
        }
    }

    private static async Task<int> StatementsAsync<T>(StoreHarness store, Func<Task<T>> page)
    {
        store.SqlLog.Clear();
        store.SqlLog.Enabled = true;
        try
        {
            await page();
        }
        finally
        {
            store.SqlLog.Enabled = false;
        }

        return store.SqlLog.Statements.Count;
    }

    private static Task<HttpResponseMessage> ListAsync(AdminClient admin) =>
        admin.PostFormAsync(List, [new("SearchStatusId", "-1"), new("draw", "1"), new("start", "0"), new("length", "15")], ajax: true);
}
