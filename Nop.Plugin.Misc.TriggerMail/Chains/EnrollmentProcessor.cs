using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Runs due enrollments: claim them with a lease, let the engine plan, write the plans' messages, then move
/// each enrollment to where its plan stopped. Each write is idempotent or guarded by the enrollment's revision,
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
    private readonly Dictionary<int, Scenario> _scenarios = new();

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
    public async Task<bool> ProcessAsync(Enrollment due) => await ProcessBatchAsync([due]) == 1;

    /// <summary>
    /// Processes due enrollments as read, in three steps of batched writes: claim them all, write all the
    /// messages their plans hold, move them all to where their plans stopped. Returns how many it claimed.
    /// A customer's enrollments go in separate rounds, so the frequency cap sees the message of the one before.
    /// </summary>
    public async Task<int> ProcessBatchAsync(IReadOnlyList<Enrollment> due)
    {
        var claimed = 0;
        foreach (var round in RoundsByCustomer(due))
            claimed += await ProcessRoundAsync(round);
        return claimed;
    }

    private async Task<int> ProcessRoundAsync(IReadOnlyList<Enrollment> due)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var claims = await _transitions.TryMoveManyAsync(due.Select(e => (e, Claim(e, now))).ToList());
        var claimed = claims.Where(c => c is not null).ToList();
        if (claimed.Count == 0)
            return 0;

        var facts = await _contextFactory.FactsForAsync(claimed, now);
        var messages = new List<Message>();
        var finishes = new List<(Enrollment, EnrollmentMove)>(claimed.Count);
        foreach (var enrollment in claimed)
        {
            if (enrollment.Attempt > RetryPolicy.MaxAttempts)
            {
                finishes.Add((enrollment, Final(enrollment, enrollment.CurrentStepKey, EnrollmentStatus.Failed, "abandoned by runners that died")));
                continue;
            }

            try
            {
                var (finish, planned) = await RunAsync(enrollment, facts, now);
                messages.AddRange(planned);
                finishes.Add((enrollment, finish));
            }
            catch (Exception exception)
            {
                finishes.Add((enrollment, Retry(enrollment, enrollment.CurrentStepKey, enrollment.StepEnteredOnUtc, exception.Message,
                    exception is not FormatException, now)));
            }
        }

        await WriteMessagesAsync(messages);
        await _transitions.TryMoveManyAsync(finishes);
        return claimed.Count;
    }

    private async Task WriteMessagesAsync(List<Message> messages)
    {
        if (messages.Count == 0 || await _store.TryInsertMessagesAsync(messages))
            return;

        // One of them exists already (a run that died after writing it): write the others one by one.
        foreach (var message in messages)
            await _store.TryInsertMessageAsync(message);
    }

    private static IEnumerable<IReadOnlyList<Enrollment>> RoundsByCustomer(IReadOnlyList<Enrollment> due)
    {
        var rounds = new List<List<Enrollment>>();
        foreach (var group in due.GroupBy(e => e.CustomerId))
        {
            var index = 0;
            foreach (var enrollment in group)
            {
                if (rounds.Count == index)
                    rounds.Add([]);
                rounds[index++].Add(enrollment);
            }
        }

        return rounds;
    }

    private async Task<(EnrollmentMove Finish, IEnumerable<Message> Messages)> RunAsync(Enrollment enrollment, ICustomerFacts facts, DateTime now)
    {
        var scenario = await ScenarioAsync(enrollment.ScenarioId);
        if (scenario is null || scenario.Status == ScenarioStatus.Archived)
            return (Final(enrollment, enrollment.CurrentStepKey, EnrollmentStatus.Exited, "the scenario was deleted or archived"), []);
        if (scenario.Status == ScenarioStatus.Paused)
            return (EnrollmentMove.Wait(enrollment.CurrentStepKey, enrollment.StepEnteredOnUtc, now.AddHours(1), attempt: 0, "scenario paused"), []);

        var definition = await _loader.GetAsync(enrollment.ScenarioId, enrollment.ScenarioVersion);
        var context = await _contextFactory.CreateAsync(enrollment, definition, now, facts);
        if (context is null)
            return (Final(enrollment, enrollment.CurrentStepKey, EnrollmentStatus.Exited, "the customer no longer exists"), []);

        var plan = await _runner.RunAsync(enrollment.CurrentStepKey ?? definition.StartStepKey, context);
        var trigger = EnrollmentContext.FromJson(enrollment.ContextJson);
        return (Finish(enrollment, plan, now), plan.Emails.Select(planned => NewMessage(enrollment, definition, context.Customer, planned, trigger, now)).ToList());
    }

    private async Task<Scenario> ScenarioAsync(int scenarioId)
    {
        // Status is read once per processor (one task run): a pause takes effect from the next run.
        if (!_scenarios.TryGetValue(scenarioId, out var scenario))
            _scenarios[scenarioId] = scenario = await _store.GetScenarioAsync(scenarioId);
        return scenario;
    }

    private static EnrollmentMove Finish(Enrollment enrollment, RunPlan plan, DateTime now)
    {
        var trail = string.Join(" → ", plan.Trail);
        if (plan.Completed)
            return Final(enrollment, plan.StepKey, EnrollmentStatus.Completed, $"completed ({trail})");
        if (plan.Yielded)
            return EnrollmentMove.Wait(plan.StepKey, plan.StepEnteredOnUtc, now, attempt: 0, $"continues ({trail})");

        return plan.Stop.Kind switch
        {
            StepResultKind.WaitUntil => EnrollmentMove.Wait(plan.StepKey, plan.StepEnteredOnUtc, plan.Stop.WakeOnUtc, attempt: 0,
                $"{trail}: waits{(plan.Stop.Reason is null ? string.Empty : " (" + plan.Stop.Reason + ")")}"),
            StepResultKind.Exit => Final(enrollment, plan.StepKey, EnrollmentStatus.Exited, plan.Stop.Reason),
            _ => Retry(enrollment, plan.StepKey, plan.StepEnteredOnUtc, plan.Stop.Reason, plan.Stop.Retryable, now)
        };
    }

    private static EnrollmentMove Claim(Enrollment due, DateTime now)
    {
        var takenOver = due.Status == EnrollmentStatus.Running;
        return EnrollmentMove.Lease(due.CurrentStepKey, due.StepEnteredOnUtc, due.NextRunOnUtc,
            attempt: takenOver ? due.Attempt + 1 : due.Attempt,
            note: takenOver ? "lease taken over from a runner that stopped" : "claimed",
            lockedUntilUtc: now + Lease, lockToken: Guid.NewGuid());
    }

    private static EnrollmentMove Retry(Enrollment enrollment, string stepKey, DateTime? entered, string reason, bool retryable, DateTime now)
    {
        var attempt = enrollment.Attempt + 1;
        if (!retryable || attempt >= RetryPolicy.MaxAttempts)
            return Final(enrollment, stepKey, EnrollmentStatus.Failed, retryable ? $"{reason} (after {attempt} attempts)" : reason);

        return EnrollmentMove.Wait(stepKey, entered, now + RetryPolicy.Backoff(attempt), attempt, $"attempt {attempt} failed: {reason}");
    }

    private static EnrollmentMove Final(Enrollment enrollment, string stepKey, EnrollmentStatus status, string reason) =>
        EnrollmentMove.End(status, stepKey, enrollment.StepEnteredOnUtc, enrollment.Attempt, reason);

    // The message takes the order or shipment its trigger is about from the enrollment's context, typed, so delivery reads its own row.
    private static Message NewMessage(Enrollment enrollment, ScenarioDefinition definition, CustomerProfile customer, PlannedEmail planned,
        EnrollmentContext trigger, DateTime now) => new()
    {
        MessageGuid = Guid.NewGuid(),
        EnrollmentId = enrollment.Id,
        StepKey = planned.StepKey,
        ScenarioId = enrollment.ScenarioId,
        CustomerId = enrollment.CustomerId,
        StoreId = enrollment.StoreId,
        TemplateId = planned.Email.TemplateId,
        VariantKey = planned.Email.VariantKey,
        OrderId = trigger?.OrderId,
        ShipmentId = trigger?.ShipmentId,
        IsTransactional = definition.IsTransactional,
        ToEmail = customer.Email,
        Status = MessageStatus.Pending,
        NextAttemptOnUtc = now,
        CreatedOnUtc = now
    };
}
