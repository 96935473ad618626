namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>
/// The chain editor's graph as posted (JSON, PascalCase): steps in display order, the first is the start.
/// A plain class so both Newtonsoft (a store) and System.Text.Json bind it.
/// </summary>
public class ChainGraphModel
{
    public int ScenarioId { get; set; }

    public List<ChainStepModel> Steps { get; set; } = new();
}
