using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// What one run decided, for the shell to apply in order: first the emails (each unique per enrollment and
/// step), then one move of the enrollment to where the run stopped. Made by the three ways a run ends.
/// </summary>
public sealed record RunPlan
{
    private RunPlan(string stepKey, DateTime stepEnteredOnUtc, StepResult stop, bool completed, IReadOnlyList<PlannedEmail> emails, IReadOnlyList<string> trail)
    {
        StepKey = stepKey;
        StepEnteredOnUtc = stepEnteredOnUtc;
        Stop = stop;
        Completed = completed;
        Emails = emails;
        Trail = trail;
    }

    public string StepKey { get; }

    public DateTime StepEnteredOnUtc { get; }

    /// <summary>The result the run ended on: a wait, exit or failure; the last step's Next when completed; null when yielded.</summary>
    public StepResult Stop { get; }

    public bool Completed { get; }

    public IReadOnlyList<PlannedEmail> Emails { get; }

    public IReadOnlyList<string> Trail { get; }

    /// <summary>The run used its step allowance on instant steps and should continue in a later run.</summary>
    public bool Yielded => Stop is null && !Completed;

    /// <summary>The step at <paramref name="stepKey"/> waits, exits or fails.</summary>
    public static RunPlan StoppedAt(string stepKey, DateTime stepEnteredOnUtc, StepResult stop, IReadOnlyList<PlannedEmail> emails, IReadOnlyList<string> trail) =>
        new(stepKey, stepEnteredOnUtc, stop, completed: false, emails, trail);

    /// <summary>The step at <paramref name="stepKey"/> went on by <paramref name="last"/> to no further step: the chain is done.</summary>
    public static RunPlan CompletedAt(string stepKey, DateTime stepEnteredOnUtc, StepResult last, IReadOnlyList<PlannedEmail> emails, IReadOnlyList<string> trail) =>
        new(stepKey, stepEnteredOnUtc, last, completed: true, emails, trail);

    /// <summary>The run reached <paramref name="stepKey"/> with its step allowance spent; a later run goes on from there.</summary>
    public static RunPlan YieldedAt(string stepKey, DateTime stepEnteredOnUtc, IReadOnlyList<PlannedEmail> emails, IReadOnlyList<string> trail) =>
        new(stepKey, stepEnteredOnUtc, stop: null, completed: false, emails, trail);
}
