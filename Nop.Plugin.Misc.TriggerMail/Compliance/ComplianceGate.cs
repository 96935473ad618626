using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Compliance;

/// <summary>
/// The last check before a message leaves: suppressions for every message (transactional mail only yields to
/// hard bounces and complaints), marketing consent for marketing mail. Returns the reason to hold it, or null.
/// </summary>
public class ComplianceGate
{
    private readonly SuppressionList _suppressionList;
    private readonly MarketingConsent _marketingConsent;

    public ComplianceGate(SuppressionList suppressionList, MarketingConsent marketingConsent)
    {
        _suppressionList = suppressionList;
        _marketingConsent = marketingConsent;
    }

    public async Task<string> ReasonToHoldAsync(Message message)
    {
        if (string.IsNullOrWhiteSpace(message.ToEmail))
            return "The message has no recipient address.";

        if (await _suppressionList.FindBlockingAsync(message.ToEmail, message.ScenarioId, message.IsTransactional) is { } suppression)
            return $"Suppressed: {suppression.Reason}" + (suppression.ScenarioId == 0 ? " (all marketing)" : $" (scenario {suppression.ScenarioId})") + ".";

        if (!message.IsTransactional && !await _marketingConsent.IsGrantedAsync(message.CustomerId, message.ToEmail, message.StoreId))
            return "No marketing consent.";

        return null;
    }
}
