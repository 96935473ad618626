using Nop.Plugin.Misc.TriggerMail.Chains.Core;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>The badge a scenario's status shows in the list and on the edit page (AdminLTE's badge classes).</summary>
public static class ScenarioStatusBadge
{
    public static string CssOf(ScenarioStatus status) => status switch
    {
        ScenarioStatus.Draft => "badge-secondary",
        ScenarioStatus.Active => "badge-success",
        ScenarioStatus.Paused => "badge-warning",
        ScenarioStatus.Archived => "badge-dark",
        _ => "badge-light"
    };
}
