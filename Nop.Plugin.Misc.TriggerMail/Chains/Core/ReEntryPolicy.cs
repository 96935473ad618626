namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

public enum ReEntryPolicy
{
    OnceEver = 0,
    AfterPreviousEnds = 10,
    AfterCooldown = 20
}
