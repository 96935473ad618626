using Nop.Core.Configuration;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;

namespace Nop.Plugin.Misc.TriggerMail;

public class TriggerMailSettings : ISettings
{
    /// <summary>0 means the store's default email account.</summary>
    public int EmailAccountId { get; set; }

    public int MaxMessagesPerMinute { get; set; }

    public int MaxSendAttempts { get; set; }

    public int BatchSize { get; set; }

    /// <summary>Kept below the host's task lock (at most 299 s) so two runs never overlap on one server.</summary>
    public int RunTimeBudgetSeconds { get; set; }

    public int MarketingFrequencyCapHours { get; set; }

    public int QuietHoursStartHour { get; set; }

    public int QuietHoursEndHour { get; set; }

    public int AttributionWindowDays { get; set; }

    public bool AttributeOnOpen { get; set; }

    public bool TrackingEnabled { get; set; }

    public int TrackingEventRetentionDays { get; set; }

    public MarketingConsentSource MarketingConsentSource { get; set; }

    /// <summary>Comma-separated nopCommerce 4.90 newsletter list ids; empty means any active list.</summary>
    public string MarketingNewsletterTypeIds { get; set; }

    public int GdprConsentId { get; set; }

    public string UnsubscribePageText { get; set; }

    /// <summary>Per-install HMAC key for tracking and unsubscribe tokens; generated at install, never shown.</summary>
    public string TokenSecret { get; set; }
}
