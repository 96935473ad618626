using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// What one run decided, for the shell to apply in order: first the emails (each unique per enrollment and
/// step), then one move of the enrollment to where the run stopped.
/// </summary>
public sealed record RunPlan(
    string StepKey,
    DateTime StepEnteredOnUtc,
    StepResult Stop,
    bool Completed,
    IReadOnlyList<PlannedEmail> Emails,
    IReadOnlyList<string> Trail)
{
    /// <summary>The run used its step allowance on instant steps and should continue in a later run.</summary>
    public bool Yielded => Stop is null && !Completed;
}
