namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

/// <summary>
/// The first moment at or after now when a send is allowed by the marketing quiet hours and the step's window,
/// both in the customer's local time. Boundaries are whole local hours, so candidates are the local hour starts.
/// </summary>
public static class SendTiming
{
    private const int HoursAhead = 24 * 8;

    public static DateTime NextAllowedUtc(DateTime nowUtc, TimeZoneInfo zone, SendRules rules, bool marketing, SendWindow window)
    {
        if (IsAllowed(ZonedTime.ToLocal(nowUtc, zone), rules, marketing, window))
            return nowUtc;

        var local = ZonedTime.ToLocal(nowUtc, zone);
        var hourStart = new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0);
        for (var i = 1; i <= HoursAhead; i++)
        {
            var candidateLocal = hourStart.AddHours(i);
            if (zone.IsInvalidTime(candidateLocal) || !IsAllowed(candidateLocal, rules, marketing, window))
                continue;

            var candidateUtc = ZonedTime.ToUtc(candidateLocal, zone);
            if (candidateUtc > nowUtc)
                return candidateUtc;
        }

        // A window that never opens (e.g. no weekday left) must not stall the chain forever.
        return nowUtc;
    }

    private static bool IsAllowed(DateTime local, SendRules rules, bool marketing, SendWindow window)
    {
        if (marketing && rules is not null && HourRange.Contains(rules.QuietHoursStartHour, rules.QuietHoursEndHour, local.Hour))
            return false;

        return window is null || window.Contains(local);
    }
}
