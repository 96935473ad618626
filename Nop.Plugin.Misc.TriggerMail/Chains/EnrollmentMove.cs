using Nop.Plugin.Misc.TriggerMail.Chains.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// The whole state an enrollment has after a move (nothing is left over from before), plus a note for the log.
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
    string EndReason = null);
