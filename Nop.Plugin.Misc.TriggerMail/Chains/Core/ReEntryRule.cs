namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// Whether a customer may enter a scenario again, given their latest earlier entry.
/// </summary>
public static class ReEntryRule
{
    public static bool Allows(ReEntryPolicy policy, int cooldownHours, PreviousEntry previous, DateTime nowUtc)
    {
        if (previous is null)
            return true;

        return policy switch
        {
            ReEntryPolicy.OnceEver => false,
            ReEntryPolicy.AfterPreviousEnds => previous.HasEnded,
            ReEntryPolicy.AfterCooldown => previous.HasEnded && previous.EndedOnUtc is { } ended && ended.AddHours(cooldownHours) <= nowUtc,
            _ => false
        };
    }
}
