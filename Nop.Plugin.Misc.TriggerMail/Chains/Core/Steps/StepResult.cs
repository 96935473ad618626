using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// The only thing a step handler produces: go on by a named outcome (optionally with an email to hand over),
/// come back at a moment, leave the chain, or fail. The shell applies it.
/// </summary>
public sealed record StepResult
{
    private StepResult(StepResultKind kind)
    {
        Kind = kind;
    }

    public StepResultKind Kind { get; }

    public string Outcome { get; private init; }

    public EmailToSend Email { get; private init; }

    public DateTime WakeOnUtc { get; private init; }

    public string Reason { get; private init; }

    public bool Retryable { get; private init; }

    public static StepResult Next(string outcome = StepOutcomes.Next, EmailToSend email = null, string note = null) =>
        new(StepResultKind.Next) { Outcome = outcome, Email = email, Reason = note };

    public static StepResult WaitUntil(DateTime wakeOnUtc, string reason = null) =>
        new(StepResultKind.WaitUntil) { WakeOnUtc = DateTime.SpecifyKind(wakeOnUtc, DateTimeKind.Utc), Reason = reason };

    public static StepResult Exit(string reason) => new(StepResultKind.Exit) { Reason = reason };

    public static StepResult Fail(string reason, bool retryable) => new(StepResultKind.Fail) { Reason = reason, Retryable = retryable };
}
