using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Builds what the engine may know about one claimed enrollment at the run's moment.
/// </summary>
public class StepContextFactory
{
    private readonly IBatchCustomerFacts _batchFacts;
    private readonly ISegmentMembership _segments;
    private readonly StoreSettings _storeSettings;

    public StepContextFactory(IBatchCustomerFacts batchFacts, ISegmentMembership segments, StoreSettings storeSettings)
    {
        _batchFacts = batchFacts;
        _segments = segments;
        _storeSettings = storeSettings;
    }

    /// <summary>The facts for one round of enrollments (at most one per customer), preloaded together, far enough back for the longest frequency cap of their stores.</summary>
    public async Task<ICustomerFacts> FactsForAsync(IReadOnlyList<Enrollment> round, DateTime nowUtc)
    {
        var capHours = 0;
        foreach (var storeId in round.Select(e => e.StoreId).Distinct())
            capHours = Math.Max(capHours, (await _storeSettings.ForStoreAsync(storeId)).MarketingFrequencyCapHours);
        return await _batchFacts.ForBatchAsync(round, nowUtc.AddHours(-capHours));
    }

    /// <summary>The context, or null when the customer no longer exists.</summary>
    public async Task<StepContext> CreateAsync(Enrollment enrollment, ScenarioDefinition scenario, DateTime nowUtc, ICustomerFacts facts)
    {
        var customer = await facts.GetCustomerAsync(enrollment.CustomerId);
        if (customer is null)
            return null;

        var settings = await _storeSettings.ForStoreAsync(enrollment.StoreId);
        var trigger = EnrollmentContext.FromJson(enrollment.ContextJson);
        // A guest is written to at the address her trigger gave (the chain's messages take it from the context).
        if (string.IsNullOrWhiteSpace(customer.Email) && trigger?.Email is { Length: > 0 } email)
            customer = customer with { Email = email };
        return new StepContext(
            scenario,
            enrollment.Id,
            customer,
            enrollment.StoreId,
            trigger?.EntityId,
            trigger?.OrderId,
            enrollment.EnrolledOnUtc,
            enrollment.StepEnteredOnUtc ?? enrollment.EnrolledOnUtc,
            enrollment.NextRunOnUtc ?? nowUtc,
            nowUtc,
            new SendRules(settings.QuietHoursStartHour, settings.QuietHoursEndHour, settings.MarketingFrequencyCapHours),
            facts,
            _segments);
    }
}
