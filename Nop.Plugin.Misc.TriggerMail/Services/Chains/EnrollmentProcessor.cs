using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine;

namespace Nop.Plugin.Misc.TriggerMail.Services.Chains;

/// <summary>
/// Runs one due enrollment: claim it with a lease, let the engine plan, write the plan's messages, then move
/// the enrollment to where the plan stopped. Each write is idempotent or guarded by the enrollment's revision,
/// so a crash between any two of them is repaired by the next runner after the lease expires: a message row
/// already written makes its send step a no-op, and the step is run again rather than lost.
/// </summary>
public class EnrollmentProcessor
{
    /// <summary>Longer than any run's time budget (≤ 299 s), so a live runner's lease never expires under it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly IChainStore _store;
    private readonly EnrollmentTransitions _transitions;
    private readonly ScenarioDefinitionLoader _loader;
    private readonly StepContextFactory _contextFactory;
    private readonly ChainRunner _runner;
    private readonly TimeProvider _timeProvider;

    public EnrollmentProcessor(IChainStore store,
        EnrollmentTransitions transitions,
        ScenarioDefinitionLoader loader,
        StepContextFactory contextFactory,
        ChainRunner runner,
        TimeProvider timeProvider)
    {
        _store = store;
        _transitions = transitions;
        _loader = loader;
        _contextFactory = contextFactory;
        _runner = runner;
        _timeProvider = timeProvider;
    }

    /// <summary>Processes the enrollment as read; returns false when another runner had it.</summary>
    public async Task<bool> ProcessAsync(Enrollment due)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var claimed = await _transitions.TryMoveAsync(due, Claim(due, now));
        if (claimed is null)
            return false;
        if (claimed.Attempt > RetryPolicy.MaxAttempts)
            return await _transitions.TryMoveAsync(claimed, Final(claimed, EnrollmentStatus.Failed, "abandoned by runners that died", now)) is not null;

        EnrollmentMove finish;
        try
        {
            finish = await RunAsync(claimed, now);
        }
        catch (Exception exception)
        {
            finish = Retry(claimed, claimed.CurrentStepKey, claimed.StepEnteredOnUtc, exception.Message, exception is not FormatException, now);
        }

        await _transitions.TryMoveAsync(claimed, finish);
        return true;
    }

    private async Task<EnrollmentMove> RunAsync(Enrollment enrollment, DateTime now)
    {
        var scenario = await _store.GetScenarioAsync(enrollment.ScenarioId);
        if (scenario is null || scenario.Status == ScenarioStatus.Archived)
            return Final(enrollment, EnrollmentStatus.Exited, "the scenario was deleted or archived", now);
        if (scenario.Status == ScenarioStatus.Paused)
            return Wait(enrollment, enrollment.CurrentStepKey, enrollment.StepEnteredOnUtc, now.AddHours(1), "scenario paused", 0);

        var definition = await _loader.GetAsync(enrollment.ScenarioId, enrollment.ScenarioVersion);
        var context = await _contextFactory.CreateAsync(enrollment, definition, now);
        if (context is null)
            return Final(enrollment, EnrollmentStatus.Exited, "the customer no longer exists", now);

        var plan = await _runner.RunAsync(enrollment.CurrentStepKey ?? definition.StartStepKey, context);
        foreach (var planned in plan.Emails)
            await _store.TryInsertMessageAsync(NewMessage(enrollment, definition, context.Customer, planned, now));

        return Finish(enrollment, plan, now);
    }

    private static EnrollmentMove Finish(Enrollment enrollment, RunPlan plan, DateTime now)
    {
        var trail = string.Join(" → ", plan.Trail);
        if (plan.Completed)
            return Final(enrollment, EnrollmentStatus.Completed, $"completed ({trail})", now) with { StepKey = plan.StepKey };
        if (plan.Yielded)
            return Wait(enrollment, plan.StepKey, plan.StepEnteredOnUtc, now, $"continues ({trail})", 0);

        return plan.Stop.Kind switch
        {
            StepResultKind.WaitUntil => Wait(enrollment, plan.StepKey, plan.StepEnteredOnUtc, plan.Stop.WakeOnUtc,
                $"{trail}: waits{(plan.Stop.Reason is null ? string.Empty : " (" + plan.Stop.Reason + ")")}", 0),
            StepResultKind.Exit => Final(enrollment, EnrollmentStatus.Exited, plan.Stop.Reason, now) with { StepKey = plan.StepKey },
            _ => Retry(enrollment, plan.StepKey, plan.StepEnteredOnUtc, plan.Stop.Reason, plan.Stop.Retryable, now)
        };
    }

    private static EnrollmentMove Claim(Enrollment due, DateTime now) =>
        new(EnrollmentStatus.Running, due.CurrentStepKey, due.StepEnteredOnUtc, due.NextRunOnUtc,
            due.Status == EnrollmentStatus.Running ? due.Attempt + 1 : due.Attempt,
            due.Status == EnrollmentStatus.Running ? "lease taken over from a runner that stopped" : "claimed",
            now + Lease, Guid.NewGuid());

    private static EnrollmentMove Retry(Enrollment enrollment, string stepKey, DateTime? entered, string reason, bool retryable, DateTime now)
    {
        var attempt = enrollment.Attempt + 1;
        if (!retryable || attempt >= RetryPolicy.MaxAttempts)
            return Final(enrollment, EnrollmentStatus.Failed, retryable ? $"{reason} (after {attempt} attempts)" : reason, now) with { StepKey = stepKey };

        return Wait(enrollment, stepKey, entered, now + RetryPolicy.Backoff(attempt),
            $"attempt {attempt} failed: {reason}", attempt);
    }

    private static EnrollmentMove Wait(Enrollment enrollment, string stepKey, DateTime? entered, DateTime wake, string note, int attempt) =>
        new(EnrollmentStatus.Waiting, stepKey, entered, wake, attempt, note);

    private static EnrollmentMove Final(Enrollment enrollment, EnrollmentStatus status, string reason, DateTime now) =>
        new(status, enrollment.CurrentStepKey, enrollment.StepEnteredOnUtc, null, enrollment.Attempt, reason, EndReason: reason);

    private static Message NewMessage(Enrollment enrollment, ScenarioDefinition definition, CustomerProfile customer, PlannedEmail planned, DateTime now) => new()
    {
        MessageGuid = Guid.NewGuid(),
        EnrollmentId = enrollment.Id,
        StepKey = planned.StepKey,
        ScenarioId = enrollment.ScenarioId,
        CustomerId = enrollment.CustomerId,
        StoreId = enrollment.StoreId,
        TemplateId = planned.Email.TemplateId,
        VariantKey = planned.Email.VariantKey,
        IsTransactional = definition.IsTransactional,
        ToEmail = customer.Email,
        Status = MessageStatus.Pending,
        NextAttemptOnUtc = now,
        CreatedOnUtc = now
    };
}
