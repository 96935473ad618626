namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

public enum StepKind
{
    SendEmail = 10,
    WaitDuration = 20,
    WaitUntilTime = 30,
    WaitForEvent = 40,
    Condition = 50,
    Exit = 60
}
