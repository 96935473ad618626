using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Tests.Admin;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Statistics;

[TestFixture]
public class GroupedScenarioFiguresTests
{
    private static readonly DateTime Now = new(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc);

    [TestCase(7)]
    [TestCase(30)]
    [TestCase(90)]
    public async Task Every_scenarios_figures_read_grouped_are_the_figures_read_one_scenario_at_a_time(int days)
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Now);
        var seed = await StatisticsSeed.SeedAsync(store);
        using var scope = store.CreateScope();
        var reader = scope.ServiceProvider.GetRequiredService<StatisticsReader>();
        var from = Now.Date.AddDays(1 - days);
        var ids = new[] { seed.AbandonedCart.Id, seed.Welcome.Id, seed.WinBack.Id };
        var oneByOne = new Dictionary<int, object>();
        foreach (var id in ids)
            oneByOne[id] = await reader.GetFiguresAsync(id, from, Now);

        var grouped = await reader.GetFiguresByScenarioAsync(null, from, Now);

        Assert.That(grouped.Keys.Order(), Is.EqualTo(ids.Order()));
        foreach (var id in ids)
            Assert.That(grouped[id], Is.EqualTo(oneByOne[id]), $"scenario {id}");
    }
}
