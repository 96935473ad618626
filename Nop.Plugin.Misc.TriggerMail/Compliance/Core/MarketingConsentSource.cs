namespace Nop.Plugin.Misc.TriggerMail.Compliance.Core;

/// <summary>
/// Where marketing permission comes from: nopCommerce 4.90 newsletter lists or a GDPR consent.
/// </summary>
public enum MarketingConsentSource
{
    NewsletterSubscription = 0,
    GdprConsent = 10
}
