namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

/// <summary>
/// Local wall-clock arithmetic that stays right across DST: a local time that does not exist (spring forward)
/// moves to the first moment after the gap; one that exists twice (fall back) means its first occurrence.
/// </summary>
public static class ZonedTime
{
    public static TimeZoneInfo FindZone(string timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
            return TimeZoneInfo.Utc;

        return TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var probe = local;
            while (zone.IsInvalidTime(probe))
                probe = probe.AddMinutes(1);
            // The first valid local minute after the gap, i.e. the instant the clocks jumped.
            return DateTime.SpecifyKind(probe - zone.GetUtcOffset(probe), DateTimeKind.Utc);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var largest = zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - largest, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
