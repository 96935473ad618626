using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>The scenario list's filters (0 means any).</summary>
public record ScenarioSearchModel : BaseSearchModel
{
    private const string Fields = TriggerMailDefaults.LocalePrefix + ".Scenarios.Search.";

    [NopResourceDisplayName(Fields + nameof(SearchName))]
    public string SearchName { get; set; }

    [NopResourceDisplayName(Fields + nameof(SearchTriggerKindId))]
    public int SearchTriggerKindId { get; set; }

    [NopResourceDisplayName(Fields + nameof(SearchStatusId))]
    public int SearchStatusId { get; set; } = -1;

    [NopResourceDisplayName(Fields + nameof(SearchStoreId))]
    public int SearchStoreId { get; set; }

    public IList<SelectListItem> AvailableTriggerKinds { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableStatuses { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();
}
