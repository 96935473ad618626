using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine;

namespace Nop.Plugin.Misc.TriggerMail.Services.Chains;

/// <summary>
/// Builds what the engine may know about one claimed enrollment at the run's moment.
/// </summary>
public class StepContextFactory
{
    private readonly ICustomerFacts _facts;
    private readonly ISegmentMembership _segments;
    private readonly TriggerMailSettings _settings;

    public StepContextFactory(ICustomerFacts facts, ISegmentMembership segments, TriggerMailSettings settings)
    {
        _facts = facts;
        _segments = segments;
        _settings = settings;
    }

    /// <summary>The context, or null when the customer no longer exists.</summary>
    public async Task<StepContext> CreateAsync(Enrollment enrollment, ScenarioDefinition scenario, DateTime nowUtc)
    {
        var customer = await _facts.GetCustomerAsync(enrollment.CustomerId);
        if (customer is null)
            return null;

        var trigger = EnrollmentContext.FromJson(enrollment.ContextJson);
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
            _facts,
            _segments);
    }
}
