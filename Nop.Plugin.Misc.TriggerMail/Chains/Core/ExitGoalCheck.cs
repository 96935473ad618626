using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// The first exit goal of the scenario that is met now, as the reason to leave, or null.
/// </summary>
public static class ExitGoalCheck
{
    public static async Task<string> MetGoalAsync(StepContext context)
    {
        foreach (var goal in context.Scenario.ExitGoals ?? [])
        {
            var met = goal switch
            {
                ExitGoal.OrderPlaced => await context.Facts.HasOrderedSinceAsync(context.CustomerId, context.StoreId, context.EnrolledOnUtc, context.TriggerOrderId),
                ExitGoal.CartEmptied => !await context.Facts.CartHasItemsAsync(context.CustomerId, context.StoreId),
                ExitGoal.OrderCancelled => await context.Facts.HasCancelledOrderSinceAsync(context.CustomerId, context.StoreId, context.EnrolledOnUtc),
                _ => false
            };
            if (met)
                return $"goal reached: {goal}";
        }

        return null;
    }
}
