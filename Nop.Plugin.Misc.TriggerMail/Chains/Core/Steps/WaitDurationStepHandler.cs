namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// Waits a fixed time from the moment the step was reached, so re-running it never extends the wait.
/// </summary>
public sealed class WaitDurationStepHandler : IStepHandler
{
    public StepKind Kind => StepKind.WaitDuration;

    public Task<StepResult> HandleAsync(StepDefinition step, StepContext context)
    {
        var settings = step.SettingsAs<WaitDurationSettings>();
        var wake = context.StepEnteredOnUtc.AddMinutes(Math.Max(0, settings.Minutes));

        return Task.FromResult(context.NowUtc >= wake ? StepResult.Next() : StepResult.WaitUntil(wake));
    }
}
