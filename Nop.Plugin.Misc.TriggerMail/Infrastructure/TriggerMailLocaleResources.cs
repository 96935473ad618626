using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure;

/// <summary>
/// Every locale resource the plugin installs (English); each field label has its ".Hint".
/// </summary>
public static class TriggerMailLocaleResources
{
    private const string Prefix = TriggerMailDefaults.LocalePrefix;
    private const string Fields = Prefix + ".Fields.";

    public static IReadOnlyDictionary<string, string> All { get; } = Build();

    private static Dictionary<string, string> Build()
    {
        var resources = new Dictionary<string, string>
        {
            [$"{Prefix}.Menu"] = "Trigger mail",
            [$"{Prefix}.Menu.Settings"] = "Settings",
            [$"{Prefix}.Menu.Scenarios"] = "Scenarios",
            [$"{Prefix}.Menu.Templates"] = "Templates",
            [$"{Prefix}.Menu.Segments"] = "Segments",
            [$"{Prefix}.Menu.Statistics"] = "Statistics",
            [$"{Prefix}.Menu.Suppressions"] = "Suppression list",
            [$"{Prefix}.Configuration"] = "Trigger mail settings",
            [$"{Prefix}.Configuration.Saved"] = "The trigger mail settings have been saved.",
            [$"{Prefix}.Settings.Sending"] = "Sending",
            [$"{Prefix}.Settings.Consent"] = "Consent and unsubscribe",
            [$"{Prefix}.Settings.Tracking"] = "Tracking and attribution",
            [$"{Prefix}.Configuration.DefaultEmailAccount"] = "The store's default email account",
            [$"{Prefix}.Settings.InstallWide"] = "Scheduled tasks and data retention (all stores)",
            [$"{Prefix}.Settings.InstallWide.Note"] = "These settings apply to all stores. Choose \"All stores\" in the store scope above to change them.",

            [$"{TriggerMailDefaults.Permissions.LocalePrefix}.Manage"] = "Admin area. Trigger mail: manage scenarios, templates, segments and settings",
            [$"{TriggerMailDefaults.Permissions.LocalePrefix}.ViewStatistics"] = "Admin area. Trigger mail: view statistics"
        };

        AddField(resources, nameof(TriggerMailSettings.EmailAccountId), "Email account",
            "The email account trigger mail is sent from. Leave empty to use the store's default email account.");
        AddField(resources, nameof(TriggerMailSettings.MaxMessagesPerMinute), "Messages per minute",
            "The most emails sent per minute through the chosen account; the rest wait for the next minute.");
        AddField(resources, nameof(TriggerMailSettings.MaxSendAttempts), "Send attempts",
            "How many times a message is tried on transient SMTP errors before it is marked failed.");
        AddField(resources, nameof(TriggerMailSettings.BatchSize), "Batch size",
            "The most chain steps one scheduled run processes.");
        AddField(resources, nameof(TriggerMailSettings.RunTimeBudgetSeconds), "Run time budget (seconds)",
            "The longest one scheduled run works before it stops and leaves the rest to the next run. Keep it below 299 seconds.");
        AddField(resources, nameof(TriggerMailSettings.MarketingFrequencyCapHours), "Marketing frequency cap (hours)",
            "At most one marketing email per customer in this many hours, across all scenarios. Later emails are postponed, not dropped. 0 turns the cap off.");
        AddField(resources, nameof(TriggerMailSettings.QuietHoursStartHour), "Quiet hours start",
            "The hour (0-23, customer's local time) from which marketing emails wait until quiet hours end.");
        AddField(resources, nameof(TriggerMailSettings.QuietHoursEndHour), "Quiet hours end",
            "The hour (0-23, customer's local time) at which marketing emails may be sent again. Equal to the start turns quiet hours off.");
        AddField(resources, nameof(TriggerMailSettings.AttributionWindowDays), "Attribution window (days)",
            "An order placed within this many days after a click is attributed to the last clicked email.");
        AddField(resources, nameof(TriggerMailSettings.AttributeOnOpen), "Attribute on open",
            "Also attribute orders placed after an email was opened (not only clicked).");
        AddField(resources, nameof(TriggerMailSettings.TrackingEnabled), "Track opens and clicks",
            "Add an open pixel and rewrite links to count opens and clicks. Scenarios can switch tracking off for themselves.");
        AddField(resources, nameof(TriggerMailSettings.TrackingEventRetentionDays), "Keep raw tracking events (days)",
            "Raw open and click events older than this are deleted once they are counted in the daily statistics. 0 keeps them forever.");
        AddField(resources, nameof(TriggerMailSettings.MarketingConsentSource), "Marketing consent",
            "What gives a customer's permission to receive marketing email: an active newsletter subscription or a GDPR consent.");
        AddField(resources, nameof(TriggerMailSettings.MarketingNewsletterTypeIds), "Newsletter lists",
            "The newsletter lists whose active subscribers may receive marketing email. Empty means any list.");
        AddField(resources, nameof(TriggerMailSettings.GdprConsentId), "GDPR consent",
            "The GDPR consent that grants marketing permission when the consent source is GDPR.");
        AddField(resources, nameof(TriggerMailSettings.UnsubscribePageText), "Unsubscribe page text",
            "The text shown on the page where a customer confirms unsubscribing.");

        AddSettingsValidation(resources);
        AddUnsubscribePage(resources);
        SegmentPageLocaleResources.AddTo(resources);
        ScenarioLocaleResources.Add(resources);
        AddCustomerPages(resources);
        AddTemplatePages(resources);
        AddStatisticsPages(resources);

        foreach (var value in Enum.GetValues<MarketingConsentSource>())
            resources[TriggerMailDefaults.EnumLocaleKey(value)] = value switch
            {
                MarketingConsentSource.NewsletterSubscription => "Newsletter subscription",
                MarketingConsentSource.GdprConsent => "GDPR consent",
                _ => value.ToString()
            };

        return resources;
    }

    /// <summary>The settings form's validation messages; {PropertyValue}, {From}, {To} are filled in by FluentValidation.</summary>
    private static void AddSettingsValidation(IDictionary<string, string> resources)
    {
        const string validation = Prefix + ".Configuration.Validation.";
        foreach (var (field, unit) in new[]
                 {
                     ("MaxMessagesPerMinute", "messages"), ("MaxSendAttempts", "attempts"), ("BatchSize", "steps"),
                     ("RunTimeBudgetSeconds", "seconds (the host's task lock lasts at most 299 s)"), ("MarketingFrequencyCapHours", "hours"),
                     ("QuietHoursStartHour", "o'clock"), ("QuietHoursEndHour", "o'clock"), ("AttributionWindowDays", "days"), ("TrackingEventRetentionDays", "days")
                 })
            resources[validation + field + ".Range"] = field + " must be between {From} and {To} " + unit + "; {PropertyValue} was entered.";
        resources[validation + "MarketingConsentSource.Unknown"] = "MarketingConsentSource {Number} is not a known consent source.";
        resources[validation + "MarketingNewsletterTypeIds.NotIds"] = "MarketingNewsletterTypeIds must be newsletter list ids separated by commas, e.g. \"1, 3\".";
        resources[validation + "GdprConsentId.Required"] = "GdprConsentId must name the GDPR consent when marketing consent comes from GDPR.";
        resources[validation + "UnsubscribePageText.TooLong"] = "UnsubscribePageText may be at most {0} characters.";
    }

    private static void AddUnsubscribePage(IDictionary<string, string> resources)
    {
        resources[$"{Prefix}.Greeting.Fallback"] = "customer";
        resources[$"{Prefix}.Unsubscribe.Title"] = "Unsubscribe";
        resources[$"{Prefix}.Unsubscribe.Choose"] = "Which emails do you no longer want to receive?";
        resources[$"{Prefix}.Unsubscribe.ThisScenario"] = "Only emails like this one";
        resources[$"{Prefix}.Unsubscribe.AllMarketing"] = "All marketing emails (you will still get order and account emails)";
        resources[$"{Prefix}.Unsubscribe.Confirm"] = "Unsubscribe";
        resources[$"{Prefix}.Unsubscribe.InvalidLink"] = "This unsubscribe link is not valid. Please use the link from the most recent email.";
    }

    private static void AddCustomerPages(IDictionary<string, string> resources)
    {
        var messages = Prefix + ".CustomerMessages.";
        resources[messages + "Title"] = "Trigger mail messages";
        resources[messages + "BackToCustomer"] = "back to customer details";
        resources[messages + "Suppressions"] = "Suppressions of this address";
        resources[messages + "Count"] = "Messages written for this customer: {0}";
        resources[messages + "CustomerNotFound"] = "Customer {0} does not exist.";
        resources[messages + "Block.Title"] = "Trigger mail";
        resources[messages + "Block.Open"] = "Message log";
        AddLabel(resources, messages + "Fields.ScenarioName", "Scenario", "The scenario that sent the message.");
        AddLabel(resources, messages + "Fields.StepName", "Step", "The step of the scenario's chain that wrote the message.");
        AddLabel(resources, messages + "Fields.Subject", "Subject", "The subject as sent.");
        AddLabel(resources, messages + "Fields.Status", "Status", "Pending, sending, sent, failed or suppressed; failed and suppressed messages show why.");
        AddLabel(resources, messages + "Fields.StatusReason", "Reason", "Why the message failed or was held back.");
        AddLabel(resources, messages + "Fields.CreatedOnUtc", "Written", "When the chain wrote the message.");
        AddLabel(resources, messages + "Fields.SentOnUtc", "Sent", "When the message was handed to the mail server.");
        AddLabel(resources, messages + "Fields.HumanOpens", "Opens: human (all)", "Opens by a person; in brackets all opens, including privacy proxies and scanners.");
        AddLabel(resources, messages + "Fields.HumanClicks", "Clicks: human (all)", "Clicks by a person; in brackets all clicks, including link scanners.");
        AddLabel(resources, messages + "Fields.Unsubscribed", "Unsubscribed", "Whether the customer unsubscribed through this message.");
        AddLabel(resources, messages + "Fields.AttributedOrderId", "Order", "The order credited to this message.");

        var suppressions = Prefix + ".Suppressions.";
        resources[suppressions + "Title"] = "Suppression list";
        resources[suppressions + "AllMarketing"] = "All marketing";
        resources[suppressions + "AllMail"] = "All mail, order and account emails included";
        resources[suppressions + "ErasedAddress"] = "(erased address, kept as a hash)";
        resources[suppressions + "Added"] = "{0} has been added to the suppression list.";
        resources[suppressions + "Add.Title"] = "Add an address";
        resources[suppressions + "Add.Button"] = "Suppress";
        resources[suppressions + "Remove.Title"] = "Remove from the suppression list";
        resources[suppressions + "Remove.Confirm"] = "This address will get the mail the entry blocked again. Remove it?";
        resources[suppressions + "Validation.Email.Required"] = "Email is required.";
        resources[suppressions + "Validation.Email.TooLong"] = "Email may be at most {MaxLength} characters.";
        resources[suppressions + "Validation.Email.Invalid"] = "Email \"{PropertyValue}\" is not an email address.";
        resources[suppressions + "Validation.ReasonId.Unknown"] = "ReasonId {PropertyValue} is not a suppression reason.";
        resources[suppressions + "Validation.Note.TooLong"] = "Note may be at most {MaxLength} characters.";
        AddLabel(resources, suppressions + "Fields.Email", "Email", "The address that must not get mail.");
        AddLabel(resources, suppressions + "Fields.ReasonId", "Reason", "Manual, hard bounce, complaint or unsubscribe. A hard bounce or a complaint blocks order and account emails too.");
        AddLabel(resources, suppressions + "Fields.Reason", "Reason", "Why the address is suppressed.");
        AddLabel(resources, suppressions + "Fields.Scope", "Blocks", "All marketing, or the one scenario the customer unsubscribed from.");
        AddLabel(resources, suppressions + "Fields.Note", "Note", "Where the entry came from or why it was added.");
        AddLabel(resources, suppressions + "Fields.CreatedOnUtc", "Added (UTC)", "When the entry was made.");
        AddLabel(resources, suppressions + "Fields.SearchEmail", "Email", "Part of the address to look for.");
        AddLabel(resources, suppressions + "Fields.SearchReasonId", "Reason", "Show entries with this reason only.");
        AddLabel(resources, suppressions + "Fields.SearchCreatedFrom", "Added from", "First day (UTC) of the entries to show.");
        AddLabel(resources, suppressions + "Fields.SearchCreatedTo", "Added to", "Last day (UTC) of the entries to show.");

        foreach (var value in Enum.GetValues<MessageStatus>())
            resources[TriggerMailDefaults.EnumLocaleKey(value)] = value.ToString();
        foreach (var value in Enum.GetValues<SuppressionReason>())
            resources[TriggerMailDefaults.EnumLocaleKey(value)] = value switch
            {
                SuppressionReason.HardBounce => "Hard bounce",
                SuppressionReason.Unsubscribed => "Unsubscribe",
                _ => value.ToString()
            };
    }

    private static void AddLabel(IDictionary<string, string> resources, string key, string label, string hint)
    {
        resources[key] = label;
        resources[key + ".Hint"] = hint;
    }

    private static void AddTemplatePages(IDictionary<string, string> resources)
    {
        const string templates = Prefix + ".Templates";
        resources[templates] = "Email templates";
        resources[$"{templates}.AddLetter"] = "Add a letter";
        resources[$"{templates}.AddLayout"] = "Add a layout";
        resources[$"{templates}.EditLetter"] = "Edit letter";
        resources[$"{templates}.EditLayout"] = "Edit layout (header and footer)";
        resources[$"{templates}.BackToList"] = "back to template list";
        resources[$"{templates}.Kind.Letter"] = "Letter";
        resources[$"{templates}.Kind.Layout"] = "Layout";
        resources[$"{templates}.NoLayout"] = "No layout";
        resources[$"{templates}.Columns.Kind"] = "Kind";
        resources[$"{templates}.Delete.UseInStep"] = "{0} (step {1})";
        resources[$"{templates}.Validation.Name.Required"] = "Name: a template needs a name.";
        resources[$"{templates}.Validation.Name.TooLong"] = "Name: at most {MaxLength} characters.";
        resources[$"{templates}.Validation.LayoutId.Negative"] = "LayoutId: choose a layout from the list or none.";
        resources[$"{templates}.Columns.Languages"] = "Languages";
        resources[$"{templates}.Columns.UpdatedOn"] = "Last modified";
        resources[$"{templates}.Columns.UsedBy"] = "Used by";
        resources[$"{templates}.UsedBy"] = "Used by";
        resources[$"{templates}.UsedBy.None"] = "Not used by any scenario step yet.";
        resources[$"{templates}.Texts"] = "Subject, preheader and body per language";
        resources[$"{templates}.LayoutTexts"] = "Layout HTML per language (header and footer around {{{Body}}})";
        resources[$"{templates}.Standard"] = "Standard";
        resources[$"{templates}.FallbackHint"] = "Leave a field empty to use the standard text in this language.";
        resources[$"{templates}.AvailableFields"] = "Available fields";
        resources[$"{templates}.AvailableFields.Hint"] = "Click a field to insert it at the cursor. {{…}} is HTML-escaped, {{{…}}} is not.";
        resources[$"{templates}.Preview"] = "Live preview";
        resources[$"{templates}.Preview.Desktop"] = "Desktop";
        resources[$"{templates}.Preview.Mobile"] = "Mobile";
        resources[$"{templates}.Preview.For"] = "Rendered for:";
        resources[$"{templates}.SendTest"] = "Send test email";
        resources[$"{templates}.Saved"] = "The template '{0}' has been saved.";
        resources[$"{templates}.Deleted"] = "The template '{0}' has been deleted.";
        resources[$"{templates}.Delete.InUse"] = "The template '{0}' cannot be deleted: it is used by {1}. Pick another template in those steps first.";
        resources[$"{templates}.Delete.LayoutInUse"] = "The layout '{0}' cannot be deleted: the letters {1} use it. Pick another layout in those letters first.";

        void Field(string name, string label, string hint)
        {
            resources[$"{templates}.Fields.{name}"] = label;
            resources[$"{templates}.Fields.{name}.Hint"] = hint;
        }

        Field("SearchName", "Name", "Find templates whose name contains this text.");
        Field("Name", "Name", "The name admins see when picking the template in a scenario step.");
        Field("IsLayout", "Is layout", "A layout holds the store's header and footer; letters put their body where it says {{{Body}}}.");
        Field("LayoutId", "Layout", "The store layout (header and footer) this letter is shown in.");
        Field("Subject", "Subject", "The email's subject line; fields like {{Customer.FirstName}} can be used.");
        Field("Preheader", "Preheader", "The short text email clients show after the subject; hidden in the letter.");
        Field("BodyHtml", "HTML body", "The letter's HTML with Handlebars fields, loops and nopCommerce %tokens%.");
        Field("PreviewCustomer", "Preview as customer", "A customer id or email: the preview shows their name, cart and order. Empty for sample data.");
        Field("PreviewOrderId", "Order id", "Optional: render with this order of the customer.");
        Field("TestEmail", "Send test email to", "The preview is sent to this address with [Test] before the subject; it is not tracked or counted.");
    }

    private static void AddField(IDictionary<string, string> resources, string field, string label, string hint)
    {
        resources[Fields + field] = label;
        resources[Fields + field + ".Hint"] = hint;
    }

    private static void AddStatisticsPages(IDictionary<string, string> resources)
    {
        const string statistics = Prefix + ".Statistics";
        resources[statistics] = "Trigger mail statistics";
        resources[$"{statistics}.ScenarioTitle"] = "Statistics: {0}";
        resources[$"{statistics}.BackToOverview"] = "back to all scenarios";
        resources[$"{statistics}.AllScenarios"] = "All scenarios";
        resources[$"{statistics}.LastDays"] = "Last {0} days";
        resources[$"{statistics}.Apply"] = "Apply";
        resources[$"{statistics}.NotFound"] = "No scenario with id {0}.";
        resources[$"{statistics}.Export.UnknownKind"] = "kind must be \"daily\", or \"steps\" for a scenario.";
        resources[$"{statistics}.Validation.Days.Range"] = "Days must be between {From} and {To}; {PropertyValue} was entered.";
        resources[$"{statistics}.Validation.To.BeforeFrom"] = "To ({ToDay}) must not be before From ({FromDay}).";
        resources[$"{statistics}.Validation.Period.TooLong"] = "The period from From to To may be at most {0} days long.";
        resources[$"{statistics}.Fields.Scenario"] = "Scenario";
        resources[$"{statistics}.Fields.Scenario.Hint"] = "Show one scenario with its step funnel and A/B tests, or all scenarios together.";
        resources[$"{statistics}.Fields.Days"] = "Period";
        resources[$"{statistics}.Fields.Days.Hint"] = "The last 7, 30 or 90 days, today included (UTC days).";
        resources[$"{statistics}.Fields.From"] = "From";
        resources[$"{statistics}.Fields.From.Hint"] = "The first day of the period (UTC), included.";
        resources[$"{statistics}.Fields.To"] = "To";
        resources[$"{statistics}.Fields.To.Hint"] = "The last day of the period (UTC), included.";
        resources[$"{statistics}.ExportDaily"] = "Export daily CSV";
        resources[$"{statistics}.ExportSteps"] = "Export steps CSV";
        resources[$"{statistics}.Daily"] = "Per day";
        resources[$"{statistics}.Scenarios"] = "Scenarios";
        resources[$"{statistics}.Column.Scenario"] = "Scenario";
        resources[$"{statistics}.Column.Status"] = "Status";
        resources[$"{statistics}.Column.Step"] = "Step";
        resources[$"{statistics}.Series.Sent"] = "Delivered";
        resources[$"{statistics}.Series.Opens"] = "Opened (people)";
        resources[$"{statistics}.Series.Clicks"] = "Clicked";
        resources[$"{statistics}.Series.Orders"] = "Orders";
        resources[$"{statistics}.Series.Revenue"] = "Revenue";
        resources[$"{statistics}.Funnel"] = "Step funnel";
        resources[$"{statistics}.Funnel.Hint"] = "Each send step in the period: messages written for it (entered), delivered, opened by a person, clicked, and orders attributed to it.";
        resources[$"{statistics}.Funnel.None"] = "This scenario has no send steps.";
        resources[$"{statistics}.Funnel.Entered"] = "Entered";
        resources[$"{statistics}.Funnel.Sent"] = "Delivered";
        resources[$"{statistics}.Funnel.Opened"] = "Opened";
        resources[$"{statistics}.Funnel.Clicked"] = "Clicked";
        resources[$"{statistics}.Funnel.Ordered"] = "Ordered";
        resources[$"{statistics}.AbTests"] = "A/B tests";
        resources[$"{statistics}.AbTests.Hint"] = "Every send step with two or more weighted variants, over the whole test (not only the period), judged by the rule that promotes the winner.";
        resources[$"{statistics}.AbTests.None"] = "No A/B test in this scenario.";
        resources[$"{statistics}.AbTests.Rule"] = "Winner metric: {0} per recipient · rule: {1} at {2} · at least {3} recipients per variant · {4}";
        resources[$"{statistics}.AbTests.AutoPromote"] = "the winner is promoted automatically";
        resources[$"{statistics}.AbTests.ReportOnly"] = "report only, no automatic promotion";
        resources[$"{statistics}.AbTests.Confidence"] = "Leader {0}: {1} (needs {2})";
        resources[$"{statistics}.AbTests.Sample"] = "Smallest variant: {0} of {1} recipients";
        resources[$"{statistics}.AbTests.Promoted"] = "Winner {0} promoted";
        resources[$"{statistics}.AbTests.Variant"] = "Variant";
        resources[$"{statistics}.AbTests.Template"] = "Template";
        resources[$"{statistics}.AbTests.Weight"] = "Weight";
        resources[$"{statistics}.AbTests.Recipients"] = "Recipients";
        resources[$"{statistics}.AbTests.Rate"] = "{0} per recipient";
        resources[$"{statistics}.AbTests.ProbabilityToBeBest"] = "Confidence";
        resources[$"{statistics}.AbTests.Leader"] = "leader";
        resources[$"{statistics}.AbTests.Winner"] = "winner";

        void Kpi(string key, string title, string hint, string note)
        {
            resources[$"{statistics}.Kpi.{key}"] = title;
            resources[$"{statistics}.Kpi.{key}.Hint"] = hint;
            resources[$"{statistics}.Kpi.Note.{key}"] = note;
        }

        Kpi("Sent", "Sent", "Messages handed to the mail server in the period (delivered or failed).", "{0} failed · {1} suppressed");
        Kpi("Delivered", "Delivered", "Messages the mail server accepted; the base of the rates.", "{0} of sent");
        Kpi("HumanOpenRate", "Human open rate", "Delivered messages opened by a person: machine opens (Apple Mail Privacy Protection, scanners) are left out.", "{0} opened by a person");
        Kpi("ClickRate", "Click rate", "Delivered messages with a human click.", "{0} clicked · {1} of opens");
        Kpi("Unsubscribes", "Unsubscribes", "Unsubscribes from the scenario's emails.", "{0} of delivered");
        Kpi("Orders", "Orders", "Orders attributed to the emails (cancelled orders excluded).", "{0} recipients");
        Kpi("Revenue", "Revenue", "Revenue of the attributed orders, net of refunds.", "net of refunds");
        Kpi("RevenuePerRecipient", "Revenue per recipient", "Attributed revenue per customer who entered the scenario (holdout excluded).", "per customer enrolled");
        Kpi("IncrementalOrders", "Incremental orders", "Orders above what the recipients would have placed at the holdout (control) group's rate.", "vs {0} in holdout ({1} orders)");
        Kpi("IncrementalRevenue", "Incremental revenue", "Revenue above what the recipients would have spent at the holdout group's revenue per customer.", "above the holdout's revenue per customer");
        resources[$"{statistics}.Kpi.Note.NoHoldout"] = "no holdout group";

        foreach (var value in Enum.GetValues<ScenarioStatus>())
            resources[TriggerMailDefaults.EnumLocaleKey(value)] = value.ToString();
        foreach (var (value, text) in new[] { (AbTestState.NotATest, "Not a test"), (AbTestState.Collecting, "Collecting recipients"),
                     (AbTestState.NoWinnerYet, "No winner yet"), (AbTestState.WinnerFound, "Winner found") })
            resources[TriggerMailDefaults.EnumLocaleKey(value)] = text;
        foreach (var (value, text) in new[] { (AbTestMetric.Orders, "Orders"), (AbTestMetric.Clicks, "Clicks"), (AbTestMetric.Opens, "Opens") })
            resources[TriggerMailDefaults.EnumLocaleKey(value)] = text;
        resources[TriggerMailDefaults.EnumLocaleKey(AbTestMethod.BayesianProbabilityToBeBest)] = "probability to be best";
        resources[TriggerMailDefaults.EnumLocaleKey(AbTestMethod.TwoProportionZTest)] = "two-proportion z-test";
    }
}
