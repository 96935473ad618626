using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Services.Gdpr;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.TriggerMail.Compliance;

/// <summary>
/// Whether a customer may receive marketing: an active subscription to one of the configured nopCommerce 4.90
/// newsletter lists (any list when none is configured) in the store, or the GDPR consent the admin named.
/// </summary>
public class MarketingConsent
{
    private readonly INewsLetterSubscriptionService _subscriptionService;
    private readonly IGdprService _gdprService;
    private readonly StoreSettings _storeSettings;

    public MarketingConsent(INewsLetterSubscriptionService subscriptionService, IGdprService gdprService, StoreSettings storeSettings)
    {
        _subscriptionService = subscriptionService;
        _gdprService = gdprService;
        _storeSettings = storeSettings;
    }

    /// <remarks>The consent source and lists are the store's own settings (or the shared ones).</remarks>
    public async Task<bool> IsGrantedAsync(int customerId, string email, int storeId)
    {
        var settings = await _storeSettings.ForStoreAsync(storeId);
        if (settings.MarketingConsentSource == MarketingConsentSource.GdprConsent)
            return settings.GdprConsentId > 0 && customerId > 0 && await _gdprService.IsConsentAcceptedAsync(settings.GdprConsentId, customerId) == true;

        if (string.IsNullOrWhiteSpace(email))
            return false;

        var subscriptions = await _subscriptionService.GetNewsLetterSubscriptionsByEmailAsync(email, storeId, 0, true);
        var lists = ConfiguredLists(settings);
        return subscriptions.Any(s => s.Active && (lists.Count == 0 || lists.Contains(s.TypeId)));
    }

    private static HashSet<int> ConfiguredLists(TriggerMailSettings settings)
    {
        return (settings.MarketingNewsletterTypeIds ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => int.TryParse(id, out var value) ? value : 0)
            .Where(id => id > 0)
            .ToHashSet();
    }
}
