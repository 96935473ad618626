namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>A period of whole UTC days, both ends inclusive.</summary>
public sealed record StatisticsPeriod(DateTime From, DateTime To, int? Days)
{
    public const int DefaultDays = 30;

    public const int MaxDays = 731;

    public static IReadOnlyList<int> Presets { get; } = [7, 30, 90];

    /// <summary>The last <paramref name="days"/> days up to today when given; else from/to (a missing end is today, a missing start 30 days before the end).</summary>
    public static StatisticsPeriod Resolve(DateTime todayUtc, int? days, DateTime? from, DateTime? to)
    {
        var today = todayUtc.Date;
        if (days is > 0 and <= MaxDays || (from is null && to is null))
        {
            var length = days is > 0 and <= MaxDays ? days.Value : DefaultDays;
            return new StatisticsPeriod(today.AddDays(1 - length), today, length);
        }

        var end = (to ?? today).Date;
        var start = (from ?? end.AddDays(1 - DefaultDays)).Date;
        return start > end || (end - start).TotalDays >= MaxDays
            ? new StatisticsPeriod(today.AddDays(1 - DefaultDays), today, DefaultDays)
            : new StatisticsPeriod(start, end, Days: null);
    }

    public int Length => (int)(To - From).TotalDays + 1;
}
