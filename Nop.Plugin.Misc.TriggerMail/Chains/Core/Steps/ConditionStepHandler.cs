using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// Branches "true" / "false" on one live fact.
/// </summary>
public sealed class ConditionStepHandler : IStepHandler
{
    public StepKind Kind => StepKind.Condition;

    public async Task<StepResult> HandleAsync(StepDefinition step, StepContext context)
    {
        var settings = step.SettingsAs<ConditionSettings>();
        return await EvaluateAsync(settings, context) ? StepResult.Next(StepOutcomes.True) : StepResult.Next(StepOutcomes.False);
    }

    private static async Task<bool> EvaluateAsync(ConditionSettings settings, StepContext context)
    {
        var facts = context.Facts;
        return settings.Condition switch
        {
            ConditionKind.OpenedPrevious => await facts.HasEngagedAsync(context.EnrollmentId, settings.StepKey, [TrackingEventType.Open], context.EnrolledOnUtc),
            ConditionKind.ClickedPrevious => await facts.HasEngagedAsync(context.EnrollmentId, settings.StepKey, [TrackingEventType.Click], context.EnrolledOnUtc),
            ConditionKind.OrderedSinceEnrollment => await facts.HasOrderedSinceAsync(context.CustomerId, context.StoreId, context.EnrolledOnUtc, context.TriggerOrderId),
            ConditionKind.OrderTotalAtLeast => await facts.OrderTotalSinceAsync(context.CustomerId, context.StoreId, context.EnrolledOnUtc) >= settings.Amount,
            ConditionKind.InSegment => await context.Segments.IsMemberAsync(settings.SegmentId, context.CustomerId, context.StoreId),
            ConditionKind.CartNotEmpty => await facts.CartHasItemsAsync(context.CustomerId, context.StoreId),
            ConditionKind.ProductInStock => await facts.ProductInStockAsync(settings.ProductId > 0 ? settings.ProductId : context.TriggerEntityId ?? 0),
            _ => throw new InvalidOperationException($"Unknown condition {settings.Condition}.")
        };
    }
}
