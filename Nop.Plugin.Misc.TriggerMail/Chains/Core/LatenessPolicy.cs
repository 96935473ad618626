namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// What a step does when its run comes later than the allowed lateness (e.g. the server was down for a day).
/// </summary>
public enum LatenessPolicy
{
    SendLate = 0,
    SkipStep = 10
}
