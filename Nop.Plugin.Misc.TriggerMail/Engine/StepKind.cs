namespace Nop.Plugin.Misc.TriggerMail.Engine;

public enum StepKind
{
    SendEmail = 10,
    WaitDuration = 20,
    WaitUntilTime = 30,
    WaitForEvent = 40,
    Condition = 50,
    Exit = 60
}
