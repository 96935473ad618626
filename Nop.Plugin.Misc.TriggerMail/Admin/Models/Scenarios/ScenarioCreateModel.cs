using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>The create page: a preset (0 for a blank scenario) and the store it runs in.</summary>
public record ScenarioCreateModel : BaseNopModel
{
    private const string Fields = TriggerMailDefaults.LocalePrefix + ".Scenarios.Fields.";

    public int PresetId { get; set; }

    [NopResourceDisplayName(Fields + "StoreId")]
    public int StoreId { get; set; }

    public IList<ScenarioPresetModel> Presets { get; set; } = new List<ScenarioPresetModel>();

    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();
}
