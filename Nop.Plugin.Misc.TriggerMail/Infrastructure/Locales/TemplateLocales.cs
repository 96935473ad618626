namespace Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;

/// <summary>The template pages: list, letter and layout editor, live preview and test email.</summary>
public static class TemplateLocales
{
    private const string Prefix = TriggerMailDefaults.LocalePrefix + ".";

    public static LocaleCatalogue Texts { get; } = new()
    {
        { Prefix + "Templates", "Email templates" },
        { Prefix + "Templates.AddLetter", "Add a letter" },
        { Prefix + "Templates.AddLayout", "Add a layout" },
        { Prefix + "Templates.EditLetter", "Edit letter" },
        { Prefix + "Templates.EditLayout", "Edit layout (header and footer)" },
        { Prefix + "Templates.BackToList", "back to template list" },

        { Prefix + "Templates.Kind.Letter", "Letter" },
        { Prefix + "Templates.Kind.Layout", "Layout" },

        { Prefix + "Templates.NoLayout", "No layout" },

        { Prefix + "Templates.Columns.Kind", "Kind" },
        { Prefix + "Templates.Columns.Languages", "Languages" },
        { Prefix + "Templates.Columns.UpdatedOn", "Last modified" },
        { Prefix + "Templates.Columns.UsedBy", "Used by" },

        { Prefix + "Templates.UsedBy", "Used by" },

        { Prefix + "Templates.UsedBy.None", "Not used by any scenario step yet." },

        { Prefix + "Templates.Texts", "Subject, preheader and body per language" },
        { Prefix + "Templates.LayoutTexts", "Layout HTML per language (header and footer around {{{Body}}})" },
        { Prefix + "Templates.Standard", "Standard" },
        { Prefix + "Templates.FallbackHint", "Leave a field empty to use the standard text in this language." },
        { Prefix + "Templates.AvailableFields", "Available fields" },
        { Prefix + "Templates.AvailableFields.Hint", "Click a field to insert it at the cursor. {{…}} is HTML-escaped, {{{…}}} is not." },
        { Prefix + "Templates.Preview", "Live preview" },

        { Prefix + "Templates.Preview.Desktop", "Desktop" },
        { Prefix + "Templates.Preview.Mobile", "Mobile" },
        { Prefix + "Templates.Preview.For", "Rendered for:" },

        { Prefix + "Templates.SendTest", "Send test email" },
        { Prefix + "Templates.Saved", "The template '{0}' has been saved." },
        { Prefix + "Templates.Deleted", "The template '{0}' has been deleted." },

        { Prefix + "Templates.Delete.InUse", "The template '{0}' cannot be deleted: it is used by {1}. Pick another template in those steps first." },
        { Prefix + "Templates.Delete.LayoutInUse", "The layout '{0}' cannot be deleted: the letters {1} use it. Pick another layout in those letters first." },

        { Prefix + "Templates.Fields.SearchName", "Name" },
        { Prefix + "Templates.Fields.SearchName.Hint", "Find templates whose name contains this text." },
        { Prefix + "Templates.Fields.Name", "Name" },
        { Prefix + "Templates.Fields.Name.Hint", "The name admins see when picking the template in a scenario step." },
        { Prefix + "Templates.Fields.IsLayout", "Is layout" },
        { Prefix + "Templates.Fields.IsLayout.Hint", "A layout holds the store's header and footer; letters put their body where it says {{{Body}}}." },
        { Prefix + "Templates.Fields.LayoutId", "Layout" },
        { Prefix + "Templates.Fields.LayoutId.Hint", "The store layout (header and footer) this letter is shown in." },
        { Prefix + "Templates.Fields.Subject", "Subject" },
        { Prefix + "Templates.Fields.Subject.Hint", "The email's subject line; fields like {{Customer.FirstName}} can be used." },
        { Prefix + "Templates.Fields.Preheader", "Preheader" },
        { Prefix + "Templates.Fields.Preheader.Hint", "The short text email clients show after the subject; hidden in the letter." },
        { Prefix + "Templates.Fields.BodyHtml", "HTML body" },
        { Prefix + "Templates.Fields.BodyHtml.Hint", "The letter's HTML with Handlebars fields, loops and nopCommerce %tokens%." },
        { Prefix + "Templates.Fields.PreviewCustomer", "Preview as customer" },
        { Prefix + "Templates.Fields.PreviewCustomer.Hint", "A customer id or email: the preview shows their name, cart and order. Empty for sample data." },
        { Prefix + "Templates.Fields.PreviewOrderId", "Order id" },
        { Prefix + "Templates.Fields.PreviewOrderId.Hint", "Optional: render with this order of the customer." },
        { Prefix + "Templates.Fields.TestEmail", "Send test email to" },
        { Prefix + "Templates.Fields.TestEmail.Hint", "The preview is sent to this address with [Test] before the subject; it is not tracked or counted." },

        { Prefix + "Templates.Delete.UseInStep", "{0} (step {1})" },
        { Prefix + "Templates.Validation.LayoutId.Negative", "LayoutId: choose a layout from the list or none." },
        { Prefix + "Templates.Validation.Name.Required", "Name: a template needs a name." },
        { Prefix + "Templates.Validation.Name.TooLong", "Name: at most {MaxLength} characters." }
    };
}
