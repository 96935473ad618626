namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

public enum StepResultKind
{
    Next = 10,
    WaitUntil = 20,
    Exit = 30,
    Fail = 40
}
