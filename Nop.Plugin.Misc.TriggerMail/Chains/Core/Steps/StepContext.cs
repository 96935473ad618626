using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// Everything a handler may know when it decides. Times are given, never read: <see cref="NowUtc"/> is the
/// run's clock, <see cref="StepEnteredOnUtc"/> when the enrollment reached the current step,
/// <see cref="DueOnUtc"/> when this run was due (lateness is measured from it). <see cref="TriggerOrderId"/> is the
/// order that started the chain, if any: it never counts as an order placed since.
/// </summary>
public sealed record StepContext(
    ScenarioDefinition Scenario,
    int EnrollmentId,
    CustomerProfile Customer,
    int StoreId,
    int? TriggerEntityId,
    int? TriggerOrderId,
    DateTime EnrolledOnUtc,
    DateTime StepEnteredOnUtc,
    DateTime DueOnUtc,
    DateTime NowUtc,
    SendRules Rules,
    ICustomerFacts Facts,
    ISegmentMembership Segments)
{
    public int CustomerId => Customer.CustomerId;

    public TimeZoneInfo TimeZone => ZonedTime.FindZone(Customer.TimeZoneId);
}
