using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// Waits for the first local time of day on an allowed weekday at or after the moment the step was reached,
/// in the customer's zone (DST-correct through <see cref="ZonedTime"/>).
/// </summary>
public sealed class WaitUntilTimeStepHandler : IStepHandler
{
    public StepKind Kind => StepKind.WaitUntilTime;

    public Task<StepResult> HandleAsync(StepDefinition step, StepContext context)
    {
        var settings = step.SettingsAs<WaitUntilTimeSettings>();
        var wake = Target(settings, context.StepEnteredOnUtc, context.TimeZone);

        return Task.FromResult(context.NowUtc >= wake ? StepResult.Next() : StepResult.WaitUntil(wake));
    }

    public static DateTime Target(WaitUntilTimeSettings settings, DateTime fromUtc, TimeZoneInfo zone)
    {
        var local = ZonedTime.ToLocal(fromUtc, zone);
        for (var day = 0; day <= 7; day++)
        {
            var date = local.Date.AddDays(day);
            if (settings.Weekdays is { Count: > 0 } && !settings.Weekdays.Contains(date.DayOfWeek))
                continue;

            var utc = ZonedTime.ToUtc(date.AddHours(settings.Hour).AddMinutes(settings.Minute), zone);
            if (utc >= fromUtc)
                return utc;
        }

        return fromUtc;
    }
}
