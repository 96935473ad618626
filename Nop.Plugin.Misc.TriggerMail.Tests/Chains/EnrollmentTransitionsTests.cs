using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains;

[TestFixture]
public class EnrollmentTransitionsTests
{
    private static async Task<Enrollment> WaitingEnrollmentAsync(StoreHarness store) =>
        await store.InsertAsync(new Enrollment
        {
            ScenarioId = 1, ScenarioVersion = 1, CustomerId = 1, StoreId = 1, Status = EnrollmentStatus.Waiting, CurrentStepKey = "wait",
            NextRunOnUtc = store.Clock.UtcNow, EnrolledOnUtc = store.Clock.UtcNow, EntryNumber = 1
        }, false);

    private static EnrollmentMove ClaimMove(StoreHarness store) =>
        new(EnrollmentStatus.Running, "wait", null, store.Clock.UtcNow, 0, "claimed", store.Clock.UtcNow.AddMinutes(5), Guid.NewGuid());

    [Test]
    public async Task A_move_from_a_stale_revision_changes_nothing_and_repairs_a_lagging_row()
    {
        await using var store = await StoreHarness.StartAsync();
        var stale = await WaitingEnrollmentAsync(store);
        using var scope = store.CreateScope();
        var transitions = scope.ServiceProvider.GetRequiredService<EnrollmentTransitions>();
        var won = await transitions.TryMoveAsync(stale, ClaimMove(store));
        await store.UpdateAsync(stale, false);

        var lost = await transitions.TryMoveAsync(stale, ClaimMove(store));

        var row = store.Query<Enrollment>().Single();
        Assert.That(won, Is.Not.Null);
        Assert.That(lost, Is.Null);
        Assert.That(row.Revision, Is.EqualTo(1));
        Assert.That(row.Status, Is.EqualTo(EnrollmentStatus.Running));
        Assert.That(row.LockToken, Is.EqualTo(won.LockToken));
        Assert.That(store.Query<EnrollmentLog>(), Has.Count.EqualTo(1));
    }

    [TestCase(EnrollmentStatus.Completed, EnrollmentStatus.Running)]
    [TestCase(EnrollmentStatus.Waiting, EnrollmentStatus.Completed)]
    [TestCase(EnrollmentStatus.Holdout, EnrollmentStatus.Running)]
    public void A_move_outside_the_table_is_refused(EnrollmentStatus from, EnrollmentStatus to)
    {
        Assert.That(EnrollmentMoves.IsAllowed(from, to), Is.False);
    }
}
