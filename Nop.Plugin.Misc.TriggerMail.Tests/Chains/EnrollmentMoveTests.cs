using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains;

[TestFixture]
public class EnrollmentMoveTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    [Test]
    public void An_end_move_schedules_nothing_holds_no_lease_and_records_its_reason_twice()
    {
        var move = EnrollmentMove.End(EnrollmentStatus.Exited, "email-2", Now, attempt: 1, "ordered");

        Assert.That((move.NextRunOnUtc, move.LockedUntilUtc, move.LockToken, move.Note, move.EndReason), Is.EqualTo(((DateTime?)null, (DateTime?)null, (Guid?)null, "ordered", "ordered")));
    }

    [TestCase(EnrollmentStatus.Running)]
    [TestCase(EnrollmentStatus.Waiting)]
    [TestCase(EnrollmentStatus.Active)]
    public void An_end_move_to_a_status_that_is_not_final_is_refused(EnrollmentStatus status)
    {
        Assert.Throws<ArgumentException>(() => EnrollmentMove.End(status, "email-2", Now, attempt: 0, "why"));
    }

    [Test]
    public void A_wait_move_holds_no_lease_and_wakes_when_asked()
    {
        var move = EnrollmentMove.Wait("wait-1", Now, Now.AddHours(2), attempt: 0, "waits");

        Assert.That((move.To, move.NextRunOnUtc, move.LockedUntilUtc, move.LockToken, move.EndReason),
            Is.EqualTo((EnrollmentStatus.Waiting, (DateTime?)Now.AddHours(2), (DateTime?)null, (Guid?)null, (string)null)));
    }

    [Test]
    public void A_lease_move_runs_under_the_given_lock()
    {
        var token = Guid.NewGuid();

        var move = EnrollmentMove.Lease("wait-1", Now, Now, attempt: 2, "claimed", Now.AddMinutes(5), token);

        Assert.That((move.To, move.LockedUntilUtc, move.LockToken, move.Attempt), Is.EqualTo((EnrollmentStatus.Running, (DateTime?)Now.AddMinutes(5), (Guid?)token, 2)));
    }
}
