namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// Decides what one step does now. It may ask the read-only ports in the context; it never writes, schedules
/// or reads the clock: the result says what should happen and the shell does it.
/// </summary>
public interface IStepHandler
{
    StepKind Kind { get; }

    Task<StepResult> HandleAsync(StepDefinition step, StepContext context);
}
