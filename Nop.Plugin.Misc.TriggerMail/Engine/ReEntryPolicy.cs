namespace Nop.Plugin.Misc.TriggerMail.Engine;

public enum ReEntryPolicy
{
    OnceEver = 0,
    AfterPreviousEnds = 10,
    AfterCooldown = 20
}
