using Nop.Plugin.Misc.TriggerMail.Common.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// The one table of allowed status moves. Running → Running is a lease taken over after the holder died.
/// Completed, Exited, Failed and Holdout are final.
/// </summary>
public static class EnrollmentMoves
{
    private static readonly MoveTable<EnrollmentStatus> Table = new(
        (EnrollmentStatus.Active, EnrollmentStatus.Running),
        (EnrollmentStatus.Active, EnrollmentStatus.Exited),
        (EnrollmentStatus.Waiting, EnrollmentStatus.Running),
        (EnrollmentStatus.Waiting, EnrollmentStatus.Exited),
        (EnrollmentStatus.Running, EnrollmentStatus.Running),
        (EnrollmentStatus.Running, EnrollmentStatus.Waiting),
        (EnrollmentStatus.Running, EnrollmentStatus.Completed),
        (EnrollmentStatus.Running, EnrollmentStatus.Exited),
        (EnrollmentStatus.Running, EnrollmentStatus.Failed));

    public static bool IsAllowed(EnrollmentStatus from, EnrollmentStatus to) => Table.IsAllowed(from, to);

    public static bool IsFinal(EnrollmentStatus status) => Table.IsFinal(status);
}
