namespace Nop.Plugin.Misc.TriggerMail.Engine.Triggers;

public enum AbandonedCartDecision
{
    Fire = 0,
    NotYetAbandoned = 10,
    NoEmail = 20,
    OrderedSince = 30,
    AlreadyRemindedAsGuest = 40
}
