namespace Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;

/// <summary>The statistics pages: KPIs with their notes, daily series, step funnel and A/B tests.</summary>
public static class StatisticsLocales
{
    private const string Prefix = TriggerMailDefaults.LocalePrefix + ".";

    public static LocaleCatalogue Texts { get; } = new()
    {
        { Prefix + "Statistics", "Trigger mail statistics" },
        { Prefix + "Statistics.ScenarioTitle", "Statistics: {0}" },
        { Prefix + "Statistics.BackToOverview", "back to all scenarios" },
        { Prefix + "Statistics.AllScenarios", "All scenarios" },
        { Prefix + "Statistics.LastDays", "Last {0} days" },
        { Prefix + "Statistics.Apply", "Apply" },

        { Prefix + "Statistics.Fields.Scenario", "Scenario" },
        { Prefix + "Statistics.Fields.Scenario.Hint", "Show one scenario with its step funnel and A/B tests, or all scenarios together." },
        { Prefix + "Statistics.Fields.Days", "Period" },
        { Prefix + "Statistics.Fields.Days.Hint", "The last 7, 30 or 90 days, today included (UTC days)." },
        { Prefix + "Statistics.Fields.From", "From" },
        { Prefix + "Statistics.Fields.From.Hint", "The first day of the period (UTC), included." },
        { Prefix + "Statistics.Fields.To", "To" },
        { Prefix + "Statistics.Fields.To.Hint", "The last day of the period (UTC), included." },

        { Prefix + "Statistics.ExportDaily", "Export daily CSV" },
        { Prefix + "Statistics.ExportSteps", "Export steps CSV" },
        { Prefix + "Statistics.Daily", "Per day" },
        { Prefix + "Statistics.Scenarios", "Scenarios" },

        { Prefix + "Statistics.Column.Scenario", "Scenario" },
        { Prefix + "Statistics.Column.Status", "Status" },
        { Prefix + "Statistics.Column.Step", "Step" },

        { Prefix + "Statistics.Series.Sent", "Delivered" },
        { Prefix + "Statistics.Series.Opens", "Opened (people)" },
        { Prefix + "Statistics.Series.Clicks", "Clicked" },
        { Prefix + "Statistics.Series.Orders", "Orders" },
        { Prefix + "Statistics.Series.Revenue", "Revenue" },

        { Prefix + "Statistics.Funnel", "Step funnel" },
        { Prefix + "Statistics.Funnel.Hint", "Each send step in the period: messages written for it (entered), delivered, opened by a person, clicked, and orders attributed to it." },

        { Prefix + "Statistics.Funnel.None", "This scenario has no send steps." },
        { Prefix + "Statistics.Funnel.Entered", "Entered" },
        { Prefix + "Statistics.Funnel.Sent", "Delivered" },
        { Prefix + "Statistics.Funnel.Opened", "Opened" },
        { Prefix + "Statistics.Funnel.Clicked", "Clicked" },
        { Prefix + "Statistics.Funnel.Ordered", "Ordered" },

        { Prefix + "Statistics.AbTests", "A/B tests" },
        { Prefix + "Statistics.AbTests.Hint", "Every send step with two or more weighted variants, over the whole test (not only the period), judged by the rule that promotes the winner." },

        { Prefix + "Statistics.AbTests.None", "No A/B test in this scenario." },
        { Prefix + "Statistics.AbTests.Rule", "Winner metric: {0} per recipient · rule: {1} at {2} · at least {3} recipients per variant · {4}" },
        { Prefix + "Statistics.AbTests.AutoPromote", "the winner is promoted automatically" },
        { Prefix + "Statistics.AbTests.ReportOnly", "report only, no automatic promotion" },
        { Prefix + "Statistics.AbTests.Confidence", "Leader {0}: {1} (needs {2})" },
        { Prefix + "Statistics.AbTests.Sample", "Smallest variant: {0} of {1} recipients" },
        { Prefix + "Statistics.AbTests.Promoted", "Winner {0} promoted" },
        { Prefix + "Statistics.AbTests.Variant", "Variant" },
        { Prefix + "Statistics.AbTests.Template", "Template" },
        { Prefix + "Statistics.AbTests.Weight", "Weight" },
        { Prefix + "Statistics.AbTests.Recipients", "Recipients" },
        { Prefix + "Statistics.AbTests.Rate", "{0} per recipient" },
        { Prefix + "Statistics.AbTests.ProbabilityToBeBest", "Confidence" },
        { Prefix + "Statistics.AbTests.Leader", "leader" },
        { Prefix + "Statistics.AbTests.Winner", "winner" },

        { Prefix + "Statistics.Kpi.Sent", "Sent" },
        { Prefix + "Statistics.Kpi.Sent.Hint", "Messages handed to the mail server in the period (delivered or failed)." },

        { Prefix + "Statistics.Kpi.Note.Sent", "{0} failed · {1} suppressed" },

        { Prefix + "Statistics.Kpi.Delivered", "Delivered" },
        { Prefix + "Statistics.Kpi.Delivered.Hint", "Messages the mail server accepted; the base of the rates." },

        { Prefix + "Statistics.Kpi.Note.Delivered", "{0} of sent" },

        { Prefix + "Statistics.Kpi.HumanOpenRate", "Human open rate" },
        { Prefix + "Statistics.Kpi.HumanOpenRate.Hint", "Delivered messages opened by a person: machine opens (Apple Mail Privacy Protection, scanners) are left out." },

        { Prefix + "Statistics.Kpi.Note.HumanOpenRate", "{0} opened by a person" },

        { Prefix + "Statistics.Kpi.ClickRate", "Click rate" },
        { Prefix + "Statistics.Kpi.ClickRate.Hint", "Delivered messages with a human click." },

        { Prefix + "Statistics.Kpi.Note.ClickRate", "{0} clicked · {1} of opens" },

        { Prefix + "Statistics.Kpi.Unsubscribes", "Unsubscribes" },
        { Prefix + "Statistics.Kpi.Unsubscribes.Hint", "Unsubscribes from the scenario's emails." },

        { Prefix + "Statistics.Kpi.Note.Unsubscribes", "{0} of delivered" },

        { Prefix + "Statistics.Kpi.Orders", "Orders" },
        { Prefix + "Statistics.Kpi.Orders.Hint", "Orders attributed to the emails (cancelled orders excluded)." },

        { Prefix + "Statistics.Kpi.Note.Orders", "{0} recipients" },

        { Prefix + "Statistics.Kpi.Revenue", "Revenue" },
        { Prefix + "Statistics.Kpi.Revenue.Hint", "Revenue of the attributed orders, net of refunds." },

        { Prefix + "Statistics.Kpi.Note.Revenue", "net of refunds" },

        { Prefix + "Statistics.Kpi.RevenuePerRecipient", "Revenue per recipient" },
        { Prefix + "Statistics.Kpi.RevenuePerRecipient.Hint", "Attributed revenue per customer who entered the scenario (holdout excluded)." },

        { Prefix + "Statistics.Kpi.Note.RevenuePerRecipient", "per customer enrolled" },

        { Prefix + "Statistics.Kpi.IncrementalOrders", "Incremental orders" },
        { Prefix + "Statistics.Kpi.IncrementalOrders.Hint", "Orders above what the recipients would have placed at the holdout (control) group's rate." },

        { Prefix + "Statistics.Kpi.Note.IncrementalOrders", "vs {0} in holdout ({1} orders)" },

        { Prefix + "Statistics.Kpi.IncrementalRevenue", "Incremental revenue" },
        { Prefix + "Statistics.Kpi.IncrementalRevenue.Hint", "Revenue above what the recipients would have spent at the holdout group's revenue per customer." },

        { Prefix + "Statistics.Kpi.Note.IncrementalRevenue", "above the holdout's revenue per customer" },
        { Prefix + "Statistics.Kpi.Note.NoHoldout", "no holdout group" },

        { Prefix + "Statistics.Export.UnknownKind", "kind must be \"daily\", or \"steps\" for a scenario." },
        { Prefix + "Statistics.NotFound", "No scenario with id {0}." },
        { Prefix + "Statistics.Validation.Days.Range", "Days must be between {From} and {To}; {PropertyValue} was entered." },
        { Prefix + "Statistics.Validation.Period.TooLong", "The period from From to To may be at most {0} days long." },
        { Prefix + "Statistics.Validation.To.BeforeFrom", "To ({ToDay}) must not be before From ({FromDay})." }
    };
}
