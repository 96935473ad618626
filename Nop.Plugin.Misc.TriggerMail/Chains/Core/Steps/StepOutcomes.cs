namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// Outcome names the handlers produce; a step's outcome map sends each to the next step key.
/// </summary>
public static class StepOutcomes
{
    public const string Next = "next";

    public const string True = "true";

    public const string False = "false";

    public const string Happened = "happened";

    public const string Timeout = "timeout";

    public static IReadOnlyList<string> Of(StepKind kind) => kind switch
    {
        StepKind.Condition => [True, False],
        StepKind.WaitForEvent => [Happened, Timeout],
        StepKind.Exit => [],
        _ => [Next]
    };
}
