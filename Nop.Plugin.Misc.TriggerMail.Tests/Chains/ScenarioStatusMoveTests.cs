using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains;

/// <summary>Scenario status moves on the harness: conditional on the status read, one winner, a log row each.</summary>
[TestFixture]
public class ScenarioStatusMoveTests
{
    [Test]
    public async Task Pausing_an_archived_scenario_is_refused_and_leaves_the_row_unchanged()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await ScenarioAsync(store, ScenarioStatus.Archived);

        var moved = await MoveAsync(store, scenario, ScenarioStatus.Paused);

        var stored = store.Query<Scenario>().Single();
        Assert.That(moved, Is.False);
        Assert.That((stored.Status, stored.UpdatedOnUtc), Is.EqualTo((ScenarioStatus.Archived, scenario.UpdatedOnUtc)));
        Assert.That(store.Query<StatusMove>(), Is.Empty);
    }

    [Test]
    public async Task A_move_from_a_status_someone_else_has_moved_the_scenario_out_of_is_refused()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await ScenarioAsync(store, ScenarioStatus.Active);
        var staleCopy = store.Query<Scenario>().Single();
        await MoveAsync(store, scenario, ScenarioStatus.Archived);

        var moved = await MoveAsync(store, staleCopy, ScenarioStatus.Paused);

        Assert.That(moved, Is.False);
        Assert.That(store.Query<Scenario>().Single().Status, Is.EqualTo(ScenarioStatus.Archived));
    }

    [Test]
    public async Task Of_two_racing_moves_from_the_same_status_exactly_one_wins()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await ScenarioAsync(store, ScenarioStatus.Active);
        var copies = new[] { store.Query<Scenario>().Single(), store.Query<Scenario>().Single() };

        var moved = await Task.WhenAll(
            Task.Run(() => MoveAsync(store, copies[0], ScenarioStatus.Paused)),
            Task.Run(() => MoveAsync(store, copies[1], ScenarioStatus.Archived)));

        var winner = moved[0] ? ScenarioStatus.Paused : ScenarioStatus.Archived;
        Assert.That(moved.Count(m => m), Is.EqualTo(1));
        Assert.That(store.Query<Scenario>().Single().Status, Is.EqualTo(winner));
        Assert.That(store.Query<StatusMove>().Select(m => (m.Revision, m.ToStatusId)), Is.EqualTo(new[] { (1, (int)winner) }));
    }

    private static async Task<bool> MoveAsync(StoreHarness store, Scenario scenario, ScenarioStatus to)
    {
        using var scope = store.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ScenarioLifecycle>().MoveAsync(scenario, to);
    }

    private static Task<Scenario> ScenarioAsync(StoreHarness store, ScenarioStatus status) => store.InsertAsync(new Scenario
    {
        Name = "Welcome", Status = status, CurrentVersion = 1, CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow.AddDays(-1)
    });
}
