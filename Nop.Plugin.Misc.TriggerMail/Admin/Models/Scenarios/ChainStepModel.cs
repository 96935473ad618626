namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>
/// One step as the chain editor posts it: <see cref="Kind"/> is the engine's StepKind name,
/// <see cref="SettingsJson"/> the engine's settings JSON for that kind, <see cref="Outcomes"/> outcome → step key.
/// </summary>
public class ChainStepModel
{
    public string Key { get; set; }

    public string Kind { get; set; }

    public string Name { get; set; }

    public string SettingsJson { get; set; }

    public Dictionary<string, string> Outcomes { get; set; } = new();
}
