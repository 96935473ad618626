using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>How many customers are in flight on one version of the scenario's chain.</summary>
public record ScenarioVersionModel : BaseNopModel
{
    public int Version { get; set; }

    public int InFlight { get; set; }
}
