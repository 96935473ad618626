using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>A preset offered on the create page.</summary>
public record ScenarioPresetModel : BaseNopModel
{
    public int PresetId { get; set; }

    public string Name { get; set; }

    public string Description { get; set; }

    public string TriggerName { get; set; }

    public int StepCount { get; set; }
}
