using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models;

/// <summary>
/// The plugin's settings as the admin edits them. The token secret is never shown or posted.
/// </summary>
public record ConfigurationModel : BaseNopModel
{
    private const string Fields = TriggerMailDefaults.LocalePrefix + ".Fields.";

    [NopResourceDisplayName(Fields + nameof(EmailAccountId))]
    public int EmailAccountId { get; set; }

    [NopResourceDisplayName(Fields + nameof(MaxMessagesPerMinute))]
    public int MaxMessagesPerMinute { get; set; }

    [NopResourceDisplayName(Fields + nameof(MaxSendAttempts))]
    public int MaxSendAttempts { get; set; }

    [NopResourceDisplayName(Fields + nameof(BatchSize))]
    public int BatchSize { get; set; }

    [NopResourceDisplayName(Fields + nameof(RunTimeBudgetSeconds))]
    public int RunTimeBudgetSeconds { get; set; }

    [NopResourceDisplayName(Fields + nameof(MarketingFrequencyCapHours))]
    public int MarketingFrequencyCapHours { get; set; }

    [NopResourceDisplayName(Fields + nameof(QuietHoursStartHour))]
    public int QuietHoursStartHour { get; set; }

    [NopResourceDisplayName(Fields + nameof(QuietHoursEndHour))]
    public int QuietHoursEndHour { get; set; }

    [NopResourceDisplayName(Fields + nameof(AttributionWindowDays))]
    public int AttributionWindowDays { get; set; }

    [NopResourceDisplayName(Fields + nameof(AttributeOnOpen))]
    public bool AttributeOnOpen { get; set; }

    [NopResourceDisplayName(Fields + nameof(TrackingEnabled))]
    public bool TrackingEnabled { get; set; }

    [NopResourceDisplayName(Fields + nameof(TrackingEventRetentionDays))]
    public int TrackingEventRetentionDays { get; set; }

    [NopResourceDisplayName(Fields + nameof(MarketingConsentSource))]
    public MarketingConsentSource MarketingConsentSource { get; set; }

    [NopResourceDisplayName(Fields + nameof(MarketingNewsletterTypeIds))]
    public string MarketingNewsletterTypeIds { get; set; }

    [NopResourceDisplayName(Fields + nameof(GdprConsentId))]
    public int GdprConsentId { get; set; }

    [NopResourceDisplayName(Fields + nameof(UnsubscribePageText))]
    public string UnsubscribePageText { get; set; }

    public IList<SelectListItem> AvailableEmailAccounts { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableConsentSources { get; set; } = new List<SelectListItem>();
}
