namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// What must still be true right before a send; when it is not, the enrollment exits instead of sending.
/// </summary>
public enum LiveCheck
{
    CartNotEmpty = 10,
    NoOrderSinceEnrollment = 20
}
