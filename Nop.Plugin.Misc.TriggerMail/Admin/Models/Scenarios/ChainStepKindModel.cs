using System.Text.Json;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>
/// One step kind for the chain editor: the engine's name and outcomes (in order: the first path keeps the steps
/// below when a branching step is inserted), how the editor draws it (label, icon, key prefix of new steps, which
/// settings form) and the settings a new step of this kind starts with, in the engine's settings JSON.
/// </summary>
public class ChainStepKindModel
{
    public string Name { get; set; }

    public string Label { get; set; }

    /// <summary>The words heading the step's summary and form ("Wait for"); empty when its settings speak for themselves.</summary>
    public string Caption { get; set; }

    public string Icon { get; set; }

    public string KeyPrefix { get; set; }

    /// <summary>The editor's settings form for this kind's settings record (send, duration, timeOfDay, event, condition, exit).</summary>
    public string Form { get; set; }

    public List<string> Outcomes { get; set; } = new();

    public JsonElement Defaults { get; set; }
}
