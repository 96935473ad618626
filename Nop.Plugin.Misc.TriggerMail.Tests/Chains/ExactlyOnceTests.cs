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
/// A crash at every persistence point, and a second runner interleaved at every persistence point, never send
/// twice and never lose a step.
/// </summary>
[TestFixture]
public class ExactlyOnceTests
{
    private static readonly string[] SendSteps = ["a", "b", "c"];

    private static ScenarioBuilder Chain() => new ScenarioBuilder()
        .Send("a", 1)
        .If("cart?", new ConditionSettings(ConditionKind.CartNotEmpty), "b", "c")
        .Send("b", 2)
        .WaitMinutes("wait", 30)
        .Send("c", 3);

    private static async Task<StoreHarness> ArrangeAsync(int customers)
    {
        var store = await StoreHarness.StartAsync();
        await store.AddScenarioAsync(Chain());
        for (var i = 0; i < customers; i++)
        {
            var customer = await store.AddCustomerAsync($"c{i}@example.com");
            await store.InsertAsync(new ShoppingCartItem { CustomerId = customer.Id, StoreId = 1, ShoppingCartType = ShoppingCartType.ShoppingCart, ProductId = 1, Quantity = 1, CreatedOnUtc = store.Clock.UtcNow }, false);
            await store.TriggerAsync(TriggerKind.CustomerRegistered, customer.Id, $"registered:{customer.Id}");
        }

        return store;
    }

    private static async Task RunAsync(StoreHarness store, Func<IChainStore, IChainStore> decorate)
    {
        using var scope = store.CreateScope();
        var task = ChainStory.ChainTaskOver(scope.ServiceProvider, decorate(scope.ServiceProvider.GetRequiredService<IChainStore>()));
        try
        {
            await task.ExecuteAsync();
        }
        catch (InvalidOperationException exception) when (exception.Message == "The runner was killed.")
        {
        }
    }

    /// <summary>Lets normal runs go on (past leases and waits) until every enrollment has ended.</summary>
    private static async Task RecoverAsync(StoreHarness store)
    {
        for (var i = 0; i < 20 && store.Query<Enrollment>(q => q.Where(e => e.EndedOnUtc == null)).Count > 0; i++)
        {
            store.Clock.Advance(TimeSpan.FromMinutes(10));
            await store.RunChainsAsync();
        }
    }

    private static void AssertExactlyOnce(StoreHarness store, int customers, string because)
    {
        var enrollments = store.Query<Enrollment>();
        var messages = store.Query<Message>();
        Assert.That(enrollments, Has.Count.EqualTo(customers), because);
        foreach (var enrollment in enrollments)
        {
            Assert.That(enrollment.Status, Is.EqualTo(EnrollmentStatus.Completed), $"{because}: enrollment {enrollment.Id} ({enrollment.EndReason})");
            Assert.That(messages.Where(m => m.EnrollmentId == enrollment.Id).Select(m => m.StepKey).OrderBy(k => k), Is.EqualTo(SendSteps), because);
            var logs = store.Query<EnrollmentLog>(q => q.Where(l => l.EnrollmentId == enrollment.Id)).Select(l => l.Revision).OrderBy(r => r).ToList();
            Assert.That(enrollment.Revision, Is.EqualTo(logs.Max()), because);
        }
    }

    [Test]
    public async Task A_run_killed_after_any_persistence_point_leaves_no_duplicate_and_no_lost_step()
    {
        const int customers = 2;
        var crashPoints = 0;
        for (var write = 1; ; write++)
        {
            await using var store = await ArrangeAsync(customers);
            HookedChainStore hooked = null;

            await RunAsync(store, inner => hooked = HookedChainStore.DyingAfterWrite(inner, write));
            await RecoverAsync(store);

            AssertExactlyOnce(store, customers, $"killed after write {write}");
            if (!hooked.Died)
                break;
            crashPoints++;
        }

        Assert.That(crashPoints, Is.GreaterThan(10));
    }

    [Test]
    public async Task A_second_runner_interleaved_at_any_persistence_point_sends_nothing_twice()
    {
        const int customers = 2;
        var interleavings = 0;
        for (var write = 1; ; write++)
        {
            await using var store = await ArrangeAsync(customers);
            HookedChainStore hooked = null;

            await RunAsync(store, inner => hooked = HookedChainStore.InterleavingBeforeWrite(inner, write, () => RunAsync(store, other => other)));
            await RecoverAsync(store);

            AssertExactlyOnce(store, customers, $"second runner before write {write}");
            if (hooked.Writes < write)
                break;
            interleavings++;
        }

        Assert.That(interleavings, Is.GreaterThan(10));
    }

    [Test]
    public async Task Two_runners_that_read_the_same_due_enrollment_make_one_claim()
    {
        await using var store = await ArrangeAsync(1);
        await store.RunChainsAsync();
        store.Clock.Advance(TimeSpan.FromMinutes(30));
        var due = store.Query<Enrollment>().Single();

        using var first = store.CreateScope();
        using var second = store.CreateScope();
        var firstWon = await first.ServiceProvider.GetRequiredService<EnrollmentProcessor>().ProcessAsync(due);
        var secondWon = await second.ServiceProvider.GetRequiredService<EnrollmentProcessor>().ProcessAsync(due);

        Assert.That(firstWon, Is.True);
        Assert.That(secondWon, Is.False);
        Assert.That(store.SentSteps(due.Id), Is.EqualTo(SendSteps));
        Assert.That(store.Query<Enrollment>().Single().Status, Is.EqualTo(EnrollmentStatus.Completed));
    }

    [Test]
    public async Task A_step_that_keeps_failing_is_retried_with_backoff_and_then_fails_the_enrollment_with_the_reason()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.AddScenarioAsync(new ScenarioBuilder().Send("flaky", 1));
        var customer = await store.AddCustomerAsync("x@example.com");
        await store.TriggerAsync(TriggerKind.CustomerRegistered, customer.Id, "registered:x");
        var failing = new ChainRunner([new FailingStepHandler()]);

        var backoffs = new List<double>();
        for (var run = 0; run < 10; run++)
        {
            using (var scope = store.CreateScope())
                await ChainStory.ChainTaskOver(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<IChainStore>(), failing).ExecuteAsync();
            if (store.Query<Enrollment>().Single() is not { Status: EnrollmentStatus.Waiting, NextRunOnUtc: { } next })
                break;
            backoffs.Add((next - store.Clock.UtcNow).TotalMinutes);
            store.Clock.Set(next);
        }

        var failed = store.Query<Enrollment>().Single();
        Assert.That(backoffs, Is.EqualTo(new double[] { 1, 4, 16, 64 }));
        Assert.That(failed.Status, Is.EqualTo(EnrollmentStatus.Failed));
        Assert.That(failed.EndReason, Is.EqualTo("mail gateway unavailable (after 5 attempts)"));
        Assert.That(store.Query<Message>(), Is.Empty);
    }

    private sealed class FailingStepHandler : IStepHandler
    {
        public StepKind Kind => StepKind.SendEmail;

        public Task<StepResult> HandleAsync(StepDefinition step, StepContext context) =>
            Task.FromResult(StepResult.Fail("mail gateway unavailable", retryable: true));
    }
}
