namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// Whether a customer's local day is a birthday, an anniversary or a calendar date.
/// </summary>
public static class DateTriggerRule
{
    /// <summary>A yearly return of <paramref name="origin"/> (a birthday, a registration, a first order), never its own day.</summary>
    public static bool IsAnniversary(DateOnly origin, DateOnly localToday)
    {
        return localToday.Year > origin.Year && MonthDay.Of(origin).In(localToday.Year) == localToday;
    }

    public static bool IsCalendarDay(MonthDay day, DateOnly localToday)
    {
        return day.In(localToday.Year) == localToday;
    }

    /// <summary>The stored days of the year that fall on <paramref name="localToday"/>: 29 Feb joins 28 Feb outside leap years.</summary>
    public static IReadOnlyList<MonthDay> DaysFallingOn(DateOnly localToday)
    {
        var today = MonthDay.Of(localToday);
        return today is { Month: 2, Day: 28 } && !DateTime.IsLeapYear(localToday.Year)
            ? [today, new MonthDay(2, 29)]
            : [today];
    }

    /// <summary>
    /// The stored days whose UTC date can be the local date <paramref name="localToday"/> somewhere (UTC−12 … UTC+14
    /// shifts a date by at most one day either way): the candidate filter for a query on a UTC column.
    /// </summary>
    public static IReadOnlyList<MonthDay> UtcDaysAround(DateOnly localToday)
    {
        return new[] { localToday.AddDays(-1), localToday, localToday.AddDays(1) }
            .SelectMany(DaysFallingOn)
            .Distinct()
            .ToList();
    }
}
