using Nop.Plugin.Misc.TriggerMail.Chains.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// The whole state an enrollment has after a move (nothing is left over from before), plus a note for the log.
/// Made by the three kinds of move a runner makes (<see cref="Lease"/>, <see cref="Wait"/>, <see cref="End"/>),
/// or with named arguments where a stored state is replayed.
/// </summary>
public sealed record EnrollmentMove(
    EnrollmentStatus To,
    string StepKey,
    DateTime? StepEnteredOnUtc,
    DateTime? NextRunOnUtc,
    int Attempt,
    string Note,
    DateTime? LockedUntilUtc = null,
    Guid? LockToken = null,
    string EndReason = null)
{
    /// <summary>Running under a lease that expires if the runner dies; the step and its schedule stay as they were.</summary>
    public static EnrollmentMove Lease(string stepKey, DateTime? stepEnteredOnUtc, DateTime? nextRunOnUtc, int attempt, string note,
        DateTime lockedUntilUtc, Guid lockToken) =>
        new(EnrollmentStatus.Running, stepKey, stepEnteredOnUtc, nextRunOnUtc, attempt, note, lockedUntilUtc, lockToken);

    /// <summary>Waiting at a step until <paramref name="wakeOnUtc"/>, with no lease held.</summary>
    public static EnrollmentMove Wait(string stepKey, DateTime? stepEnteredOnUtc, DateTime wakeOnUtc, int attempt, string note) =>
        new(EnrollmentStatus.Waiting, stepKey, stepEnteredOnUtc, wakeOnUtc, attempt, note);

    /// <summary>A final status: nothing is scheduled, no lease held, and the reason is both the log's note and the end reason.</summary>
    public static EnrollmentMove End(EnrollmentStatus status, string stepKey, DateTime? stepEnteredOnUtc, int attempt, string reason)
    {
        if (!EnrollmentMoves.IsFinal(status))
            throw new ArgumentException($"{status} is not a final status.", nameof(status));

        return new(status, stepKey, stepEnteredOnUtc, NextRunOnUtc: null, attempt, reason, EndReason: reason);
    }
}
