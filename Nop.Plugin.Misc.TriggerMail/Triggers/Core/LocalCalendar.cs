namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// Converts between UTC instants and a customer's local calendar days.
/// </summary>
public static class LocalCalendar
{
    public static DateOnly DateOf(DateTime utc, TimeZoneInfo zone)
    {
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));
    }

    /// <summary>The UTC instant the local day begins (a midnight skipped by a DST change begins an hour later).</summary>
    public static DateTime StartOfDayUtc(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>
    /// The time zone of an id as stored on a customer or in settings (Windows or IANA), or null when unknown here.
    /// </summary>
    public static TimeZoneInfo FindZone(string timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
            return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
