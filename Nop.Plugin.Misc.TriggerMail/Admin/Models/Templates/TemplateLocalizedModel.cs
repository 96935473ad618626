using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Templates;

/// <summary>One store language's texts of a template; empty means "as in the default language".</summary>
public record TemplateLocalizedModel
{
    public int LanguageId { get; set; }

    public string LanguageName { get; set; }

    [NopResourceDisplayName(TemplateModel.Fields + nameof(Subject))]
    public string Subject { get; set; }

    [NopResourceDisplayName(TemplateModel.Fields + nameof(Preheader))]
    public string Preheader { get; set; }

    [NopResourceDisplayName(TemplateModel.Fields + nameof(BodyHtml))]
    public string BodyHtml { get; set; }
}
