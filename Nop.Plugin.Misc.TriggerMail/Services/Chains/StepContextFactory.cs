using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine;

namespace Nop.Plugin.Misc.TriggerMail.Services.Chains;

/// <summary>
/// Builds what the engine may know about one claimed enrollment at the run's moment.
/// </summary>
public class StepContextFactory
{
    private readonly IBatchCustomerFacts _batchFacts;
    private readonly ISegmentMembership _segments;
    private readonly TriggerMailSettings _settings;

    public StepContextFactory(IBatchCustomerFacts batchFacts, ISegmentMembership segments, TriggerMailSettings settings)
    {
        _batchFacts = batchFacts;
        _segments = segments;
        _settings = settings;
    }

    /// <summary>The facts for one round of enrollments (at most one per customer), preloaded together.</summary>
    public Task<ICustomerFacts> FactsForAsync(IReadOnlyList<Enrollment> round, DateTime nowUtc) =>
        _batchFacts.ForBatchAsync(round, nowUtc.AddHours(-Math.Max(0, _settings.MarketingFrequencyCapHours)));

    /// <summary>The context, or null when the customer no longer exists.</summary>
    public async Task<StepContext> CreateAsync(Enrollment enrollment, ScenarioDefinition scenario, DateTime nowUtc, ICustomerFacts facts)
    {
        var customer = await facts.GetCustomerAsync(enrollment.CustomerId);
        if (customer is null)
            return null;

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
            new SendRules(_settings.QuietHoursStartHour, _settings.QuietHoursEndHour, _settings.MarketingFrequencyCapHours),
            facts,
            _segments);
    }
}
