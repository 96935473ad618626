using System.Globalization;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// A day of the year without a year ("12-31"); 02-29 is allowed and falls on 28 Feb in other years.
/// </summary>
public readonly record struct MonthDay(int Month, int Day)
{
    public static MonthDay Of(DateOnly date) => new(date.Month, date.Day);

    public static bool TryParse(string text, out MonthDay value)
    {
        value = default;
        if (text is null || !DateTime.TryParseExact("2000-" + text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return false;

        value = new MonthDay(date.Month, date.Day);
        return true;
    }

    /// <summary>The date this day falls on in <paramref name="year"/>: 29 Feb becomes 28 Feb outside leap years.</summary>
    public DateOnly In(int year)
    {
        var day = Month == 2 && Day == 29 && !DateTime.IsLeapYear(year) ? 28 : Day;
        return new DateOnly(year, Month, day);
    }

    public override string ToString() => $"{Month:00}-{Day:00}";
}
