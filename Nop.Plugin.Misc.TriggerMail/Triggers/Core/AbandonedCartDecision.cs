namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

public enum AbandonedCartDecision
{
    Fire = 0,
    NotYetAbandoned = 10,
    NoEmail = 20,
    OrderedSince = 30,
    AlreadyRemindedAsGuest = 40
}
