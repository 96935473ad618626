using System.Security.Cryptography;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure.Installation;

/// <summary>
/// The settings a fresh install starts with.
/// </summary>
public static class TriggerMailDefaultSettings
{
    public static TriggerMailSettings Create()
    {
        return new TriggerMailSettings
        {
            EmailAccountId = 0,
            MaxMessagesPerMinute = 60,
            MaxSendAttempts = 5,
            BatchSize = 500,
            RunTimeBudgetSeconds = 240,
            MarketingFrequencyCapHours = 16,
            QuietHoursStartHour = 21,
            QuietHoursEndHour = 8,
            AttributionWindowDays = 5,
            AttributeOnOpen = false,
            TrackingEnabled = true,
            TrackingEventRetentionDays = 180,
            MarketingConsentSource = MarketingConsentSource.NewsletterSubscription,
            MarketingNewsletterTypeIds = string.Empty,
            GdprConsentId = 0,
            UnsubscribePageText = "You will no longer receive these emails from us.",
            TokenSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        };
    }
}
