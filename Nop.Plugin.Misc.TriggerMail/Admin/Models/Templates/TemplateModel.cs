using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Templates;

/// <summary>
/// A letter or the store layout in the editor: the default texts, one <see cref="Locales"/> entry per store
/// language, and what the page offers around them (layouts, fields, who uses the template).
/// </summary>
public record TemplateModel : BaseNopEntityModel
{
    public const string Fields = TriggerMailDefaults.LocalePrefix + ".Templates.Fields.";

    [NopResourceDisplayName(Fields + nameof(Name))]
    public string Name { get; set; }

    [NopResourceDisplayName(Fields + nameof(IsLayout))]
    public bool IsLayout { get; set; }

    [NopResourceDisplayName(Fields + nameof(LayoutId))]
    public int LayoutId { get; set; }

    [NopResourceDisplayName(Fields + nameof(Subject))]
    public string Subject { get; set; }

    [NopResourceDisplayName(Fields + nameof(Preheader))]
    public string Preheader { get; set; }

    [NopResourceDisplayName(Fields + nameof(BodyHtml))]
    public string BodyHtml { get; set; }

    public IList<TemplateLocalizedModel> Locales { get; set; } = new List<TemplateLocalizedModel>();

    [NopResourceDisplayName(Fields + nameof(PreviewCustomer))]
    public string PreviewCustomer { get; set; }

    [NopResourceDisplayName(Fields + nameof(PreviewOrderId))]
    public int? PreviewOrderId { get; set; }

    [NopResourceDisplayName(Fields + nameof(TestEmail))]
    public string TestEmail { get; set; }

    public string DefaultLanguageName { get; set; }

    public IList<SelectListItem> AvailableLayouts { get; set; } = new List<SelectListItem>();

    public IList<TemplateFieldInfo> AvailableFields { get; set; } = new List<TemplateFieldInfo>();

    public IList<string> UsedBy { get; set; } = new List<string>();
}
