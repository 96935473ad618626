using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models;

/// <summary>
/// The plugin's settings as the admin edits them, for all stores or (with the store scope) overridden for one store.
/// Batch size, run time budget and event retention are install-wide; the token secret is never shown or posted.
/// </summary>
public record ConfigurationModel : BaseNopModel
{
    private const string Fields = TriggerMailDefaults.LocalePrefix + ".Fields.";

    [NopResourceDisplayName(Fields + nameof(EmailAccountId))]
    public int EmailAccountId { get; set; }

    public bool EmailAccountId_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + nameof(MaxMessagesPerMinute))]
    public int MaxMessagesPerMinute { get; set; }

    public bool MaxMessagesPerMinute_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + nameof(MaxSendAttempts))]
    public int MaxSendAttempts { get; set; }

    public bool MaxSendAttempts_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + nameof(BatchSize))]
    public int BatchSize { get; set; }

    [NopResourceDisplayName(Fields + nameof(RunTimeBudgetSeconds))]
    public int RunTimeBudgetSeconds { get; set; }

    [NopResourceDisplayName(Fields + nameof(MarketingFrequencyCapHours))]
    public int MarketingFrequencyCapHours { get; set; }

    public bool MarketingFrequencyCapHours_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + nameof(QuietHoursStartHour))]
    public int QuietHoursStartHour { get; set; }

    public bool QuietHoursStartHour_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + nameof(QuietHoursEndHour))]
    public int QuietHoursEndHour { get; set; }

    public bool QuietHoursEndHour_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + nameof(AttributionWindowDays))]
    public int AttributionWindowDays { get; set; }

    public bool AttributionWindowDays_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + nameof(AttributeOnOpen))]
    public bool AttributeOnOpen { get; set; }

    public bool AttributeOnOpen_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + nameof(TrackingEnabled))]
    public bool TrackingEnabled { get; set; }

    public bool TrackingEnabled_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + nameof(TrackingEventRetentionDays))]
    public int TrackingEventRetentionDays { get; set; }

    [NopResourceDisplayName(Fields + nameof(MarketingConsentSource))]
    public MarketingConsentSource MarketingConsentSource { get; set; }

    public bool MarketingConsentSource_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + nameof(MarketingNewsletterTypeIds))]
    public string MarketingNewsletterTypeIds { get; set; }

    public bool MarketingNewsletterTypeIds_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + nameof(GdprConsentId))]
    public int GdprConsentId { get; set; }

    public bool GdprConsentId_OverrideForStore { get; set; }

    [NopResourceDisplayName(Fields + nameof(UnsubscribePageText))]
    public string UnsubscribePageText { get; set; }

    public bool UnsubscribePageText_OverrideForStore { get; set; }

    /// <summary>The store whose values the form shows and saves; 0 means the values all stores share.</summary>
    public int ActiveStoreScopeConfiguration { get; set; }

    public IList<SelectListItem> AvailableEmailAccounts { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableConsentSources { get; set; } = new List<SelectListItem>();
}
