using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains;

/// <summary>
/// Two chain runs at the same moment on a file database with a connection each, as two servers of a web farm:
/// the statements of both really interleave, and both start from the same rows.
/// </summary>
[TestFixture]
public class ConcurrentRunnerRaceTests
{
    private const int Customers = 40;
    private static readonly string[] SendSteps = ["a", "b", "c"];

    private string _databasePath;

    [SetUp]
    public void CreatePath() => _databasePath = Path.Combine(Path.GetTempPath(), $"triggermail-race-{Guid.NewGuid():N}.db");

    [TearDown]
    public void DeleteDatabase()
    {
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            File.Delete(file);
    }

    private static async Task RaceAsync(StoreHarness store)
    {
        var meeting = new RendezvousChainStore.Meeting(parties: 2);

        async Task RunAsync()
        {
            using var scope = store.CreateScope();
            var chainStore = new RendezvousChainStore(scope.ServiceProvider.GetRequiredService<IChainStore>(), meeting);
            await ChainStory.ChainTaskOver(scope.ServiceProvider, chainStore).ExecuteAsync();
        }

        await Task.WhenAll(Task.Run(RunAsync), Task.Run(RunAsync));
    }

    [Test]
    public async Task Two_chain_runs_on_the_same_due_enrollments_at_the_same_time_send_each_step_once_and_lose_none()
    {
        await using var store = await StoreHarness.StartAsync(databasePath: _databasePath);
        var settings = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        settings.BatchSize = 10;
        await store.Settings.SaveSettingAsync(settings);
        await store.AddScenarioAsync(new ScenarioBuilder()
            .Send("a", 1)
            .If("cart?", new ConditionSettings(ConditionKind.CartNotEmpty), "b", "c")
            .Send("b", 2)
            .WaitMinutes("wait", 30)
            .Send("c", 3));
        for (var i = 0; i < Customers; i++)
        {
            var customer = await store.AddCustomerAsync($"c{i}@example.com");
            await store.InsertAsync(new ShoppingCartItem { CustomerId = customer.Id, StoreId = 1, ShoppingCartType = ShoppingCartType.ShoppingCart, ProductId = 1, Quantity = 1, CreatedOnUtc = store.Clock.UtcNow }, false);
            await store.TriggerAsync(TriggerKind.CustomerRegistered, customer.Id, $"registered:{customer.Id}");
        }

        await RaceAsync(store);
        var afterFirstRace = store.Query<Message>().Select(m => m.StepKey).OrderBy(k => k).ToList();
        store.Clock.Advance(TimeSpan.FromMinutes(30));
        await RaceAsync(store);
        // Anything a collision left for a later run (a lease to expire, a row to roll forward) finishes now.
        for (var i = 0; i < 20 && store.Query<Enrollment>(q => q.Where(e => e.EndedOnUtc == null)).Count > 0; i++)
        {
            store.Clock.Advance(TimeSpan.FromMinutes(10));
            await store.RunChainsAsync();
        }

        var enrollments = store.Query<Enrollment>();
        var messages = store.Query<Message>();
        Assert.That(afterFirstRace.Distinct(), Is.SubsetOf(new[] { "a", "b" }), "nothing after the wait is sent before it ends");
        Assert.That(enrollments, Has.Count.EqualTo(Customers));
        Assert.That(messages.GroupBy(m => (m.EnrollmentId, m.StepKey)).Count(g => g.Count() > 1), Is.EqualTo(0));
        foreach (var enrollment in enrollments)
        {
            Assert.That(enrollment.Status, Is.EqualTo(EnrollmentStatus.Completed), $"enrollment {enrollment.Id} ({enrollment.EndReason})");
            Assert.That(messages.Where(m => m.EnrollmentId == enrollment.Id).Select(m => m.StepKey).OrderBy(k => k), Is.EqualTo(SendSteps));
            var revisions = store.Query<EnrollmentLog>(q => q.Where(l => l.EnrollmentId == enrollment.Id)).Select(l => l.Revision).OrderBy(r => r).ToList();
            Assert.That(revisions, Is.EqualTo(Enumerable.Range(0, revisions.Count)), $"enrollment {enrollment.Id}: one log row per revision");
            Assert.That(enrollment.Revision, Is.EqualTo(revisions.Max()));
        }
        Assert.That(store.Query<TriggerInboxItem>().Select(i => i.Status).Distinct(), Is.EqualTo(new[] { InboxItemStatus.Processed }));
    }
}
