using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Templates;

/// <summary>A row of the template list.</summary>
public record TemplateListItemModel : BaseNopEntityModel
{
    public string Name { get; set; }

    /// <summary>"Letter" or "Layout", localized.</summary>
    public string Kind { get; set; }

    public bool IsLayout { get; set; }

    /// <summary>The languages with their own texts besides the default one, e.g. "English, Deutsch".</summary>
    public string Languages { get; set; }

    public DateTime UpdatedOn { get; set; }

    /// <summary>Scenario send steps using a letter, or letters using a layout.</summary>
    public int UsedBy { get; set; }

    public string UsedByNames { get; set; }
}
