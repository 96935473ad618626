using Nop.Plugin.Misc.TriggerMail.Statistics;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Statistics;

[TestFixture]
public class StatisticsPeriodTests
{
    private static readonly DateTime Today = new(2026, 3, 31, 15, 30, 0, DateTimeKind.Utc);

    private static DateTime? Day(string value) => value is null ? null : DateTime.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    [TestCase(7, null, null, "2026-03-25", "2026-03-31", 7)]
    [TestCase(90, null, null, "2026-01-01", "2026-03-31", 90)]
    [TestCase(null, null, null, "2026-03-02", "2026-03-31", 30)]
    [TestCase(null, "2026-03-05", "2026-03-11", "2026-03-05", "2026-03-11", null)]
    [TestCase(null, "2026-03-05", null, "2026-03-05", "2026-03-31", null)]
    [TestCase(null, null, "2026-02-28", "2026-01-30", "2026-02-28", null)]
    [TestCase(7, "2026-03-05", "2026-03-11", "2026-03-25", "2026-03-31", 7)]
    [TestCase(null, "2026-03-20", "2026-03-10", "2026-03-02", "2026-03-31", 30)]
    public void A_preset_or_a_pair_of_days_gives_whole_utc_days_both_ends_included(int? days, string from, string to, string expectedFrom, string expectedTo, int? expectedDays)
    {
        var period = StatisticsPeriod.Resolve(Today, days, Day(from), Day(to));

        Assert.That((period.From, period.To, period.Days), Is.EqualTo((Day(expectedFrom)!.Value, Day(expectedTo)!.Value, expectedDays)));
        Assert.That(period.Length, Is.EqualTo((int)(period.To - period.From).TotalDays + 1));
    }
}
