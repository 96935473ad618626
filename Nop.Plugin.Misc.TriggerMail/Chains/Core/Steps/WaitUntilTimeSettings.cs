namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// Waits for the next local time of day (customer's zone) on one of the weekdays; empty weekdays means any day.
/// </summary>
public sealed record WaitUntilTimeSettings(int Hour, int Minute = 0, IReadOnlyList<DayOfWeek> Weekdays = null);
