namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

public sealed record ScenarioValidationError(string StepKey, string Message)
{
    /// <summary>An error about the scenario as a whole rather than one of its steps.</summary>
    public static ScenarioValidationError ForScenario(string message) => new(StepKey: null, message);

    public override string ToString() => StepKey is null ? Message : $"Step '{StepKey}': {Message}";
}
