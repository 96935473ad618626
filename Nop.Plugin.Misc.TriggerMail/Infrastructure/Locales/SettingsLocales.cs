namespace Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;

/// <summary>The settings page: its sections and each setting's label with its hint.</summary>
public static class SettingsLocales
{
    private const string Prefix = TriggerMailDefaults.LocalePrefix + ".";

    public static LocaleCatalogue Texts { get; } = new()
    {
        { Prefix + "Configuration", "Trigger mail settings" },
        { Prefix + "Configuration.Saved", "The trigger mail settings have been saved." },
        { Prefix + "Settings.Sending", "Sending" },
        { Prefix + "Settings.Consent", "Consent and unsubscribe" },
        { Prefix + "Settings.Tracking", "Tracking and attribution" },
        { Prefix + "Configuration.DefaultEmailAccount", "The store's default email account" },
        { Prefix + "Settings.InstallWide", "Scheduled tasks and data retention (all stores)" },
        { Prefix + "Settings.InstallWide.Note", "These settings apply to all stores. Choose \"All stores\" in the store scope above to change them." },

        { Prefix + "Fields.EmailAccountId", "Email account" },
        { Prefix + "Fields.EmailAccountId.Hint", "The email account trigger mail is sent from. Leave empty to use the store's default email account." },
        { Prefix + "Fields.MaxMessagesPerMinute", "Messages per minute" },
        { Prefix + "Fields.MaxMessagesPerMinute.Hint", "The most emails sent per minute through the chosen account; the rest wait for the next minute." },
        { Prefix + "Fields.MaxSendAttempts", "Send attempts" },
        { Prefix + "Fields.MaxSendAttempts.Hint", "How many times a message is tried on transient SMTP errors before it is marked failed." },
        { Prefix + "Fields.BatchSize", "Batch size" },
        { Prefix + "Fields.BatchSize.Hint", "The most chain steps one scheduled run processes." },
        { Prefix + "Fields.RunTimeBudgetSeconds", "Run time budget (seconds)" },
        { Prefix + "Fields.RunTimeBudgetSeconds.Hint", "The longest one scheduled run works before it stops and leaves the rest to the next run. Keep it below 299 seconds." },
        { Prefix + "Fields.MarketingFrequencyCapHours", "Marketing frequency cap (hours)" },
        { Prefix + "Fields.MarketingFrequencyCapHours.Hint", "At most one marketing email per customer in this many hours, across all scenarios. Later emails are postponed, not dropped. 0 turns the cap off." },
        { Prefix + "Fields.QuietHoursStartHour", "Quiet hours start" },
        { Prefix + "Fields.QuietHoursStartHour.Hint", "The hour (0-23, customer's local time) from which marketing emails wait until quiet hours end." },
        { Prefix + "Fields.QuietHoursEndHour", "Quiet hours end" },
        { Prefix + "Fields.QuietHoursEndHour.Hint", "The hour (0-23, customer's local time) at which marketing emails may be sent again. Equal to the start turns quiet hours off." },
        { Prefix + "Fields.AttributionWindowDays", "Attribution window (days)" },
        { Prefix + "Fields.AttributionWindowDays.Hint", "An order placed within this many days after a click is attributed to the last clicked email." },
        { Prefix + "Fields.AttributeOnOpen", "Attribute on open" },
        { Prefix + "Fields.AttributeOnOpen.Hint", "Also attribute orders placed after an email was opened (not only clicked)." },
        { Prefix + "Fields.TrackingEnabled", "Track opens and clicks" },
        { Prefix + "Fields.TrackingEnabled.Hint", "Add an open pixel and rewrite links to count opens and clicks. Scenarios can switch tracking off for themselves." },
        { Prefix + "Fields.TrackingEventRetentionDays", "Keep raw tracking events (days)" },
        { Prefix + "Fields.TrackingEventRetentionDays.Hint", "Raw open and click events older than this are deleted once they are counted in the daily statistics. 0 keeps them forever." },
        { Prefix + "Fields.MarketingConsentSource", "Marketing consent" },
        { Prefix + "Fields.MarketingConsentSource.Hint", "What gives a customer's permission to receive marketing email: an active newsletter subscription or a GDPR consent." },
        { Prefix + "Fields.MarketingNewsletterTypeIds", "Newsletter lists" },
        { Prefix + "Fields.MarketingNewsletterTypeIds.Hint", "The newsletter lists whose active subscribers may receive marketing email. Empty means any list." },
        { Prefix + "Fields.GdprConsentId", "GDPR consent" },
        { Prefix + "Fields.GdprConsentId.Hint", "The GDPR consent that grants marketing permission when the consent source is GDPR." },
        { Prefix + "Fields.UnsubscribePageText", "Unsubscribe page text" },
        { Prefix + "Fields.UnsubscribePageText.Hint", "The text shown on the page where a customer confirms unsubscribing." },

        { Prefix + "Configuration.Validation.AttributionWindowDays.Range", "AttributionWindowDays must be between {From} and {To} days; {PropertyValue} was entered." },
        { Prefix + "Configuration.Validation.BatchSize.Range", "BatchSize must be between {From} and {To} steps; {PropertyValue} was entered." },
        { Prefix + "Configuration.Validation.GdprConsentId.Required", "GdprConsentId must name the GDPR consent when marketing consent comes from GDPR." },
        { Prefix + "Configuration.Validation.MarketingConsentSource.Unknown", "MarketingConsentSource {Number} is not a known consent source." },
        { Prefix + "Configuration.Validation.MarketingFrequencyCapHours.Range", "MarketingFrequencyCapHours must be between {From} and {To} hours; {PropertyValue} was entered." },
        { Prefix + "Configuration.Validation.MarketingNewsletterTypeIds.NotIds", "MarketingNewsletterTypeIds must be newsletter list ids separated by commas, e.g. \"1, 3\"." },
        { Prefix + "Configuration.Validation.MaxMessagesPerMinute.Range", "MaxMessagesPerMinute must be between {From} and {To} messages; {PropertyValue} was entered." },
        { Prefix + "Configuration.Validation.MaxSendAttempts.Range", "MaxSendAttempts must be between {From} and {To} attempts; {PropertyValue} was entered." },
        { Prefix + "Configuration.Validation.QuietHoursEndHour.Range", "QuietHoursEndHour must be between {From} and {To} o'clock; {PropertyValue} was entered." },
        { Prefix + "Configuration.Validation.QuietHoursStartHour.Range", "QuietHoursStartHour must be between {From} and {To} o'clock; {PropertyValue} was entered." },
        { Prefix + "Configuration.Validation.RunTimeBudgetSeconds.Range", "RunTimeBudgetSeconds must be between {From} and {To} seconds (the host's task lock lasts at most 299 s); {PropertyValue} was entered." },
        { Prefix + "Configuration.Validation.TrackingEventRetentionDays.Range", "TrackingEventRetentionDays must be between {From} and {To} days; {PropertyValue} was entered." },
        { Prefix + "Configuration.Validation.UnsubscribePageText.TooLong", "UnsubscribePageText may be at most {0} characters." }
    };
}
