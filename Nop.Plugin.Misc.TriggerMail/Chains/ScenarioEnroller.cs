using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Lets one trigger enter one scenario: entry segment, re-entry policy, holdout draw. The entry number is unique
/// per (scenario, customer), so two servers draining the same trigger, or two triggers at once, enter once.
/// </summary>
public class ScenarioEnroller
{
    private readonly IChainStore _store;
    private readonly ScenarioDefinitionLoader _loader;
    private readonly ISegmentMembership _segments;
    private readonly TimeProvider _timeProvider;

    public ScenarioEnroller(IChainStore store, ScenarioDefinitionLoader loader, ISegmentMembership segments, TimeProvider timeProvider)
    {
        _store = store;
        _loader = loader;
        _segments = segments;
        _timeProvider = timeProvider;
    }

    /// <summary>What happened, for the inbox row's reason.</summary>
    public async Task<string> TryEnterAsync(Scenario scenario, TriggerInboxItem item)
    {
        if (scenario.EntrySegmentId is > 0 && !await _segments.IsMemberAsync(scenario.EntrySegmentId.Value, item.CustomerId, item.StoreId))
            return $"scenario {scenario.Id}: not in the entry segment";

        var entries = await _store.GetEntriesAsync(scenario.Id, item.CustomerId);
        if (entries.Any(e => e.TriggerInboxItemId == item.Id))
            return $"scenario {scenario.Id}: already entered";

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var latest = entries.MaxBy(e => e.EntryNumber);
        var previous = latest is null ? null
            : new PreviousEntry(latest.EntryNumber, EnrollmentMoves.IsFinal(latest.Status), latest.EnrolledOnUtc, latest.EndedOnUtc);
        if (!ReEntryRule.Allows(scenario.ReEntryPolicy, scenario.ReEntryCooldownHours, previous, now))
            return $"scenario {scenario.Id}: re-entry not allowed ({scenario.ReEntryPolicy})";

        var definition = await _loader.GetAsync(scenario.Id, scenario.CurrentVersion);
        var enrollment = NewEnrollment(scenario, definition, item, (latest?.EntryNumber ?? 0) + 1, now);
        if (!await _store.TryInsertEnrollmentAsync(enrollment))
            return $"scenario {scenario.Id}: entered by another runner";

        await _store.TryInsertLogAsync(new EnrollmentLog
        {
            EnrollmentId = enrollment.Id, Revision = 0, ToStatusId = enrollment.StatusId, StepKey = enrollment.CurrentStepKey,
            StepEnteredOnUtc = enrollment.StepEnteredOnUtc, NextRunOnUtc = enrollment.NextRunOnUtc,
            Note = enrollment.IsHoldout ? "entered the holdout group" : "entered", CreatedOnUtc = now
        });
        return $"scenario {scenario.Id}: {(enrollment.IsHoldout ? "holdout" : "enrolled")}";
    }

    private static Enrollment NewEnrollment(Scenario scenario, ScenarioDefinition definition, TriggerInboxItem item, int entryNumber, DateTime now)
    {
        var holdout = HoldoutDraw.IsHoldout(scenario.Id, item.CustomerId, entryNumber, scenario.HoldoutPercent);
        return new Enrollment
        {
            ScenarioId = scenario.Id,
            ScenarioVersion = scenario.CurrentVersion,
            CustomerId = item.CustomerId,
            StoreId = item.StoreId,
            TriggerInboxItemId = item.Id,
            Status = holdout ? EnrollmentStatus.Holdout : EnrollmentStatus.Active,
            CurrentStepKey = definition.StartStepKey,
            StepEnteredOnUtc = now,
            NextRunOnUtc = holdout ? null : now,
            IsHoldout = holdout,
            EntryNumber = entryNumber,
            Priority = definition.Priority,
            ContextJson = new EnrollmentContext(item.TriggerKind, item.EntityId, item.OccurredOnUtc,
                TriggerRecipient.GuestEmailOf(item.TriggerKind, item.PayloadJson)).ToJson(),
            EnrolledOnUtc = now,
            EndedOnUtc = holdout ? now : null,
            EndReason = holdout ? "holdout (control group): receives nothing" : null
        };
    }
}
