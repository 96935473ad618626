namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>One language's texts of a template as the admin entered them; empty means "as in the default language".</summary>
public sealed record TemplateTranslation(int LanguageId, string Subject, string Preheader, string BodyHtml);
