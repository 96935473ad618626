namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

/// <summary>
/// The cross-scenario marketing cap defers, never drops. When the slot reopens, cart recovery wakes first;
/// other marketing wakes a little later, finds the slot taken and defers again, so priority decides who sends.
/// </summary>
public static class FrequencyCap
{
    public static readonly TimeSpan LowerPriorityDelay = TimeSpan.FromMinutes(10);

    public static DateTime NextAllowedUtc(DateTime nowUtc, DateTime? lastMarketingUtc, int capHours, SendPriority priority)
    {
        if (priority == SendPriority.Transactional || capHours <= 0 || lastMarketingUtc is null)
            return nowUtc;

        var reopens = lastMarketingUtc.Value.AddHours(capHours);
        if (reopens <= nowUtc)
            return nowUtc;

        return priority == SendPriority.CartRecovery ? reopens : reopens + LowerPriorityDelay;
    }
}
