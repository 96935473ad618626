namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

public static class AbandonedCartRule
{
    public static AbandonedCartDecision Decide(AbandonedCartFacts facts, TimeSpan threshold, DateTime nowUtc)
    {
        if (facts.LastChangeUtc + threshold > nowUtc)
            return AbandonedCartDecision.NotYetAbandoned;
        if (facts.OrderedSinceLastChange)
            return AbandonedCartDecision.OrderedSince;
        if (!facts.HasEmail)
            return AbandonedCartDecision.NoEmail;
        return facts.RemindedAsGuest ? AbandonedCartDecision.AlreadyRemindedAsGuest : AbandonedCartDecision.Fire;
    }

    /// <summary>The cart is the same one the guest left when nothing changed after the merge at login.</summary>
    public static bool IsUnchangedSinceMerge(DateTime cartLastChangeUtc, DateTime mergedOnUtc) => cartLastChangeUtc <= mergedOnUtc;
}
