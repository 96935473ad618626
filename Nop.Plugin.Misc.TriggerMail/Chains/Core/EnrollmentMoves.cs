namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// The one table of allowed status moves. Running → Running is a lease taken over after the holder died.
/// Completed, Exited, Failed and Holdout are final.
/// </summary>
public static class EnrollmentMoves
{
    private static readonly HashSet<(EnrollmentStatus From, EnrollmentStatus To)> Allowed =
    [
        (EnrollmentStatus.Active, EnrollmentStatus.Running),
        (EnrollmentStatus.Active, EnrollmentStatus.Exited),
        (EnrollmentStatus.Waiting, EnrollmentStatus.Running),
        (EnrollmentStatus.Waiting, EnrollmentStatus.Exited),
        (EnrollmentStatus.Running, EnrollmentStatus.Running),
        (EnrollmentStatus.Running, EnrollmentStatus.Waiting),
        (EnrollmentStatus.Running, EnrollmentStatus.Completed),
        (EnrollmentStatus.Running, EnrollmentStatus.Exited),
        (EnrollmentStatus.Running, EnrollmentStatus.Failed)
    ];

    public static bool IsAllowed(EnrollmentStatus from, EnrollmentStatus to) => Allowed.Contains((from, to));

    public static bool IsFinal(EnrollmentStatus status) =>
        status is EnrollmentStatus.Completed or EnrollmentStatus.Exited or EnrollmentStatus.Failed or EnrollmentStatus.Holdout;
}
