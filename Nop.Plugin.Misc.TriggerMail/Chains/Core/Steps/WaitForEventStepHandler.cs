using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// Goes on by "happened" as soon as the event is seen since the step was reached, by "timeout" when the time
/// is up; in between it comes back every poll interval (opens and clicks are read, not pushed).
/// </summary>
public sealed class WaitForEventStepHandler : IStepHandler
{
    public StepKind Kind => StepKind.WaitForEvent;

    public async Task<StepResult> HandleAsync(StepDefinition step, StepContext context)
    {
        var settings = step.SettingsAs<WaitForEventSettings>();
        if (await HappenedAsync(settings, context))
            return StepResult.Next(StepOutcomes.Happened);

        var timeout = context.StepEnteredOnUtc.AddMinutes(Math.Max(0, settings.TimeoutMinutes));
        if (context.NowUtc >= timeout)
            return StepResult.Next(StepOutcomes.Timeout);

        var poll = context.NowUtc.AddMinutes(Math.Max(1, settings.PollMinutes));
        return StepResult.WaitUntil(poll < timeout ? poll : timeout);
    }

    private static Task<bool> HappenedAsync(WaitForEventSettings settings, StepContext context)
    {
        var since = context.StepEnteredOnUtc;
        return settings.Event switch
        {
            AwaitedEvent.Opened => context.Facts.HasEngagedAsync(context.EnrollmentId, settings.StepKey, [TrackingEventType.Open], since),
            AwaitedEvent.Clicked => context.Facts.HasEngagedAsync(context.EnrollmentId, settings.StepKey, [TrackingEventType.Click], since),
            AwaitedEvent.OpenedOrClicked => context.Facts.HasEngagedAsync(context.EnrollmentId, settings.StepKey,
                [TrackingEventType.Open, TrackingEventType.Click], since),
            AwaitedEvent.Ordered => context.Facts.HasOrderedSinceAsync(context.CustomerId, context.StoreId, since, context.TriggerOrderId),
            _ => Task.FromResult(false)
        };
    }
}
