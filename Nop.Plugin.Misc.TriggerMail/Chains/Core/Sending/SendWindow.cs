namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

/// <summary>
/// Local hours [StartHour, EndHour) and weekdays a step may send in; EndHour below StartHour wraps midnight.
/// Empty weekdays means every day.
/// </summary>
public sealed record SendWindow(int StartHour, int EndHour, IReadOnlyList<DayOfWeek> Weekdays = null)
{
    public bool Contains(DateTime local)
    {
        if (Weekdays is { Count: > 0 } && !Weekdays.Contains(local.DayOfWeek))
            return false;

        return HourRange.Contains(StartHour, EndHour, local.Hour);
    }
}
