namespace Nop.Plugin.Misc.TriggerMail.Engine.Analytics;

public enum AbTestState
{
    NotATest = 0,
    Collecting = 10,
    NoWinnerYet = 20,
    WinnerFound = 30
}
