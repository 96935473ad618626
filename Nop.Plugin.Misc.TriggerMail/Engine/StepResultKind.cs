namespace Nop.Plugin.Misc.TriggerMail.Engine;

public enum StepResultKind
{
    Next = 10,
    WaitUntil = 20,
    Exit = 30,
    Fail = 40
}
