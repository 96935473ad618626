namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

public enum EnrollmentStatus
{
    Active = 10,
    Waiting = 20,
    Running = 30,
    Completed = 40,
    Exited = 50,
    Failed = 60,
    Holdout = 70
}
