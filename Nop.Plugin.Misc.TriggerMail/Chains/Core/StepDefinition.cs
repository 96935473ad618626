using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// One node of a scenario version: its kind-specific settings and where each outcome leads
/// (an outcome with no step ends the chain as completed).
/// </summary>
public sealed record StepDefinition(
    string Key,
    StepKind Kind,
    object Settings,
    IReadOnlyDictionary<string, string> Outcomes,
    string Name = null)
{
    public string NextKey(string outcome) =>
        outcome is not null && Outcomes is not null && Outcomes.TryGetValue(outcome, out var key) && !string.IsNullOrEmpty(key) ? key : null;

    public TSettings SettingsAs<TSettings>() where TSettings : class =>
        Settings as TSettings ?? throw new InvalidOperationException($"Step '{Key}' has no {typeof(TSettings).Name}.");
}
