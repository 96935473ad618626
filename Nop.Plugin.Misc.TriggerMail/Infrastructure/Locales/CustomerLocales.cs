namespace Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;

/// <summary>The customer's message log (and its block on the customer page) and the suppression list.</summary>
public static class CustomerLocales
{
    private const string Prefix = TriggerMailDefaults.LocalePrefix + ".";

    public static LocaleCatalogue Texts { get; } = new()
    {
        { Prefix + "CustomerMessages.Title", "Trigger mail messages" },
        { Prefix + "CustomerMessages.BackToCustomer", "back to customer details" },
        { Prefix + "CustomerMessages.Suppressions", "Suppressions of this address" },
        { Prefix + "CustomerMessages.Count", "Messages written for this customer: {0}" },

        { Prefix + "CustomerMessages.Block.Title", "Trigger mail" },
        { Prefix + "CustomerMessages.Block.Open", "Message log" },

        { Prefix + "CustomerMessages.Fields.ScenarioName", "Scenario" },
        { Prefix + "CustomerMessages.Fields.ScenarioName.Hint", "The scenario that sent the message." },
        { Prefix + "CustomerMessages.Fields.StepName", "Step" },
        { Prefix + "CustomerMessages.Fields.StepName.Hint", "The step of the scenario's chain that wrote the message." },
        { Prefix + "CustomerMessages.Fields.Subject", "Subject" },
        { Prefix + "CustomerMessages.Fields.Subject.Hint", "The subject as sent." },
        { Prefix + "CustomerMessages.Fields.Status", "Status" },
        { Prefix + "CustomerMessages.Fields.Status.Hint", "Pending, sending, sent, failed or suppressed; failed and suppressed messages show why." },
        { Prefix + "CustomerMessages.Fields.StatusReason", "Reason" },
        { Prefix + "CustomerMessages.Fields.StatusReason.Hint", "Why the message failed or was held back." },
        { Prefix + "CustomerMessages.Fields.CreatedOnUtc", "Written" },
        { Prefix + "CustomerMessages.Fields.CreatedOnUtc.Hint", "When the chain wrote the message." },
        { Prefix + "CustomerMessages.Fields.SentOnUtc", "Sent" },
        { Prefix + "CustomerMessages.Fields.SentOnUtc.Hint", "When the message was handed to the mail server." },
        { Prefix + "CustomerMessages.Fields.HumanOpens", "Opens: human (all)" },
        { Prefix + "CustomerMessages.Fields.HumanOpens.Hint", "Opens by a person; in brackets all opens, including privacy proxies and scanners." },
        { Prefix + "CustomerMessages.Fields.HumanClicks", "Clicks: human (all)" },
        { Prefix + "CustomerMessages.Fields.HumanClicks.Hint", "Clicks by a person; in brackets all clicks, including link scanners." },
        { Prefix + "CustomerMessages.Fields.Unsubscribed", "Unsubscribed" },
        { Prefix + "CustomerMessages.Fields.Unsubscribed.Hint", "Whether the customer unsubscribed through this message." },
        { Prefix + "CustomerMessages.Fields.AttributedOrderId", "Order" },
        { Prefix + "CustomerMessages.Fields.AttributedOrderId.Hint", "The order credited to this message." },

        { Prefix + "Suppressions.Title", "Suppression list" },
        { Prefix + "Suppressions.AllMarketing", "All marketing" },
        { Prefix + "Suppressions.AllMail", "All mail, order and account emails included" },
        { Prefix + "Suppressions.ErasedAddress", "(erased address, kept as a hash)" },
        { Prefix + "Suppressions.Added", "{0} has been added to the suppression list." },

        { Prefix + "Suppressions.Add.Title", "Add an address" },
        { Prefix + "Suppressions.Add.Button", "Suppress" },

        { Prefix + "Suppressions.Remove.Title", "Remove from the suppression list" },
        { Prefix + "Suppressions.Remove.Confirm", "This address will get the mail the entry blocked again. Remove it?" },

        { Prefix + "Suppressions.Fields.Email", "Email" },
        { Prefix + "Suppressions.Fields.Email.Hint", "The address that must not get mail." },
        { Prefix + "Suppressions.Fields.ReasonId", "Reason" },
        { Prefix + "Suppressions.Fields.ReasonId.Hint", "Manual, hard bounce, complaint or unsubscribe. A hard bounce or a complaint blocks order and account emails too." },
        { Prefix + "Suppressions.Fields.Reason", "Reason" },
        { Prefix + "Suppressions.Fields.Reason.Hint", "Why the address is suppressed." },
        { Prefix + "Suppressions.Fields.Scope", "Blocks" },
        { Prefix + "Suppressions.Fields.Scope.Hint", "All marketing, or the one scenario the customer unsubscribed from." },
        { Prefix + "Suppressions.Fields.Note", "Note" },
        { Prefix + "Suppressions.Fields.Note.Hint", "Where the entry came from or why it was added." },
        { Prefix + "Suppressions.Fields.CreatedOnUtc", "Added (UTC)" },
        { Prefix + "Suppressions.Fields.CreatedOnUtc.Hint", "When the entry was made." },
        { Prefix + "Suppressions.Fields.SearchEmail", "Email" },
        { Prefix + "Suppressions.Fields.SearchEmail.Hint", "Part of the address to look for." },
        { Prefix + "Suppressions.Fields.SearchReasonId", "Reason" },
        { Prefix + "Suppressions.Fields.SearchReasonId.Hint", "Show entries with this reason only." },
        { Prefix + "Suppressions.Fields.SearchCreatedFrom", "Added from" },
        { Prefix + "Suppressions.Fields.SearchCreatedFrom.Hint", "First day (UTC) of the entries to show." },
        { Prefix + "Suppressions.Fields.SearchCreatedTo", "Added to" },
        { Prefix + "Suppressions.Fields.SearchCreatedTo.Hint", "Last day (UTC) of the entries to show." },

        { Prefix + "CustomerMessages.CustomerNotFound", "Customer {0} does not exist." },
        { Prefix + "Suppressions.Validation.Email.Invalid", "Email \"{PropertyValue}\" is not an email address." },
        { Prefix + "Suppressions.Validation.Email.Required", "Email is required." },
        { Prefix + "Suppressions.Validation.Email.TooLong", "Email may be at most {MaxLength} characters." },
        { Prefix + "Suppressions.Validation.Note.TooLong", "Note may be at most {MaxLength} characters." },
        { Prefix + "Suppressions.Validation.ReasonId.Unknown", "ReasonId {PropertyValue} is not a suppression reason." }
    };
}
