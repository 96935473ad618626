using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Core;

[TestFixture]
public class DateTriggerRuleTests
{
    private static readonly TimeZoneInfo Kiritimati = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");
    private static readonly TimeZoneInfo Honolulu = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Honolulu");

    [TestCase(2027, 2, 28, true)]
    [TestCase(2027, 3, 1, false)]
    [TestCase(2028, 2, 28, false)]
    [TestCase(2028, 2, 29, true)]
    public void A_29_February_birthday_falls_on_28_February_outside_leap_years(int year, int month, int day, bool expected)
    {
        var isBirthday = DateTriggerRule.IsAnniversary(new DateOnly(2000, 2, 29), new DateOnly(year, month, day));

        Assert.That(isBirthday, Is.EqualTo(expected));
    }

    [Test]
    public void The_day_itself_is_not_an_anniversary()
    {
        var isAnniversary = DateTriggerRule.IsAnniversary(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2));

        Assert.That(isAnniversary, Is.False);
    }

    [Test]
    public void On_28_February_of_a_common_year_stored_29_February_days_are_candidates_too()
    {
        var days = DateTriggerRule.DaysFallingOn(new DateOnly(2027, 2, 28));

        Assert.That(days, Is.EqualTo(new[] { new MonthDay(2, 28), new MonthDay(2, 29) }));
    }

    [Test]
    public void At_10_00_UTC_it_is_already_the_next_day_in_UTC_plus_14_and_still_the_previous_day_in_UTC_minus_10()
    {
        var utc = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);

        var inKiritimati = LocalCalendar.DateOf(utc, Kiritimati);
        var inHonolulu = LocalCalendar.DateOf(utc, Honolulu);

        Assert.That(inKiritimati, Is.EqualTo(new DateOnly(2026, 3, 2)));
        Assert.That(inHonolulu, Is.EqualTo(new DateOnly(2026, 3, 1)));
    }

    [Test]
    public void A_local_day_starts_at_its_local_midnight_in_UTC()
    {
        var start = LocalCalendar.StartOfDayUtc(new DateOnly(2026, 3, 2), Kiritimati);

        Assert.That(start, Is.EqualTo(new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void A_calendar_date_of_29_February_falls_on_28_February_outside_leap_years()
    {
        var isDay = DateTriggerRule.IsCalendarDay(new MonthDay(2, 29), new DateOnly(2027, 2, 28));

        Assert.That(isDay, Is.True);
    }

    [Test]
    public void An_unknown_time_zone_id_is_not_found_rather_than_thrown()
    {
        var zone = LocalCalendar.FindZone("Mars/Olympus_Mons");

        Assert.That(zone, Is.Null);
    }
}
