using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>
/// How the chain editor draws a step kind: the text keys (below the editor's locale prefix) of its label and of the
/// caption heading its summary and form (none for kinds whose summary is their settings alone), its icon, the
/// prefix of a new step's key, the settings form it edits with, and the settings a new step starts with.
/// </summary>
internal sealed record ChainStepKindLook(string Text, string Icon, string KeyPrefix, string Form, object Defaults, string Caption = null)
{
    public static ChainStepKindLook Of(StepKind kind) => kind switch
    {
        StepKind.SendEmail => new("AddEmail", "far fa-envelope", "email", "send", new SendEmailSettings()),
        StepKind.WaitDuration => new("AddWait", "far fa-clock", "wait", "duration", new WaitDurationSettings(Minutes: 1440), Caption: "WaitFor"),
        StepKind.WaitUntilTime => new("AddWaitUntil", "far fa-calendar-alt", "wait-until", "timeOfDay", new WaitUntilTimeSettings(Hour: 9), Caption: "WaitUntilTime"),
        StepKind.WaitForEvent => new("AddWaitForEvent", "fas fa-hourglass-half", "wait-for", "event",
            new WaitForEventSettings(AwaitedEvent.Opened, TimeoutMinutes: 3 * 1440, PollMinutes: 60)),
        StepKind.Condition => new("AddCondition", "fas fa-code-branch", "condition", "condition", new ConditionSettings(ConditionKind.OpenedPrevious)),
        StepKind.Exit => new("AddExit", "fas fa-sign-out-alt", "exit", "exit", new ExitSettings()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The chain editor has no look for this step kind yet.")
    };
}
