namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

public enum AbTestState
{
    NotATest = 0,
    Collecting = 10,
    NoWinnerYet = 20,
    WinnerFound = 30
}
