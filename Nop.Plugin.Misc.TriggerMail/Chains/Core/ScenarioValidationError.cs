namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

public sealed record ScenarioValidationError(string StepKey, string Message)
{
    public override string ToString() => StepKey is null ? Message : $"Step '{StepKey}': {Message}";
}
