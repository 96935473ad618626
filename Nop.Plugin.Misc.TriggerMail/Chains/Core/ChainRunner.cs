using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// Advances one enrollment through as many instant steps as allowed and stops at the first wait, exit, failure
/// or the end of the graph. Pure apart from the read-only ports: it returns a plan and changes nothing.
/// </summary>
public sealed class ChainRunner
{
    public const int DefaultMaxStepsPerRun = 25;

    private readonly IReadOnlyDictionary<StepKind, IStepHandler> _handlers;
    private readonly int _maxStepsPerRun;

    public ChainRunner(IEnumerable<IStepHandler> handlers, int maxStepsPerRun = DefaultMaxStepsPerRun)
    {
        _handlers = handlers.ToDictionary(h => h.Kind);
        _maxStepsPerRun = maxStepsPerRun;
    }

    public static ChainRunner CreateDefault() => new([
        new SendEmailStepHandler(), new WaitDurationStepHandler(), new WaitUntilTimeStepHandler(),
        new WaitForEventStepHandler(), new ConditionStepHandler(), new ExitStepHandler()
    ]);

    public async Task<RunPlan> RunAsync(string stepKey, StepContext context)
    {
        var emails = new List<PlannedEmail>();
        var trail = new List<string>();
        var entered = context.StepEnteredOnUtc;

        for (var taken = 0; taken < _maxStepsPerRun; taken++)
        {
            var step = context.Scenario.Step(stepKey);
            if (step is null)
                return RunPlan.StoppedAt(stepKey, entered, StepResult.Fail($"Step '{stepKey}' is not in version {context.Scenario.Version}.", retryable: false), emails, trail);

            var stepContext = context with { StepEnteredOnUtc = entered };
            var result = await ExitGoalCheck.MetGoalAsync(stepContext) is { } goal
                ? StepResult.Exit(goal)
                : await HandlerFor(step).HandleAsync(step, stepContext);
            trail.Add(step.Key);

            if (result.Kind != StepResultKind.Next)
                return RunPlan.StoppedAt(step.Key, entered, result, emails, trail);

            if (result.Email is not null)
                emails.Add(new PlannedEmail(step.Key, result.Email));

            var nextKey = step.NextKey(result.Outcome);
            if (nextKey is null)
                return RunPlan.CompletedAt(step.Key, entered, result, emails, trail);

            stepKey = nextKey;
            entered = context.NowUtc;
        }

        return RunPlan.YieldedAt(stepKey, entered, emails, trail);
    }

    private IStepHandler HandlerFor(StepDefinition step) =>
        _handlers.TryGetValue(step.Kind, out var handler)
            ? handler
            : throw new InvalidOperationException($"No handler for step kind {step.Kind} (step '{step.Key}').");
}
