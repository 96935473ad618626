using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Customers;

/// <summary>The suppression list page: its filters (the grid's request) and the add form.</summary>
public record SuppressionSearchModel : BaseSearchModel
{
    private const string Fields = TriggerMailDefaults.LocalePrefix + ".Suppressions.Fields.";

    [NopResourceDisplayName(Fields + nameof(SearchEmail))]
    public string SearchEmail { get; set; }

    /// <summary>0: any reason.</summary>
    [NopResourceDisplayName(Fields + nameof(SearchReasonId))]
    public int SearchReasonId { get; set; }

    [NopResourceDisplayName(Fields + nameof(SearchCreatedFrom))]
    public DateTime? SearchCreatedFrom { get; set; }

    [NopResourceDisplayName(Fields + nameof(SearchCreatedTo))]
    public DateTime? SearchCreatedTo { get; set; }

    public IList<SelectListItem> AvailableReasons { get; set; } = new List<SelectListItem>();

    public AddSuppressionModel NewSuppression { get; set; } = new();
}
