namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

public sealed class ExitStepHandler : IStepHandler
{
    public StepKind Kind => StepKind.Exit;

    public Task<StepResult> HandleAsync(StepDefinition step, StepContext context)
    {
        var reason = (step.Settings as ExitSettings)?.Reason;
        return Task.FromResult(StepResult.Exit(string.IsNullOrWhiteSpace(reason) ? $"exit step '{step.Key}'" : reason));
    }
}
