using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>
/// The per-day series of a scenario (or of every scenario) from the daily rollup only, one entry per day of the
/// range, days without figures included as zeros so a chart's axis has no gaps. The rollup is summed per day in one
/// grouped statement: one row per day is read, never a row per step, variant or event.
/// </summary>
public class DailySeriesReader
{
    private readonly IRepository<DailyStat> _dailyStatRepository;

    public DailySeriesReader(IRepository<DailyStat> dailyStatRepository)
    {
        _dailyStatRepository = dailyStatRepository;
    }

    /// <param name="scenarioId">null for every scenario.</param>
    /// <param name="fromUtc">First day (its date), inclusive.</param>
    /// <param name="toUtc">Last day (its date), inclusive.</param>
    public Task<IReadOnlyList<DailyFigures>> GetSeriesAsync(int? scenarioId, DateTime fromUtc, DateTime toUtc)
    {
        var from = fromUtc.Date;
        var to = toUtc.Date;
        var rows = _dailyStatRepository.Table.Where(s => s.Day >= from && s.Day <= to);
        if (scenarioId is { } id)
            rows = rows.Where(s => s.ScenarioId == id);

        // Summed per day in the database: the page reads one row per day, whatever the number of scenarios, steps and variants.
        var byDay = rows.GroupBy(s => s.Day).Select(g => new DailyFigures
        {
            Day = g.Key,
            Enrolled = g.Sum(s => s.Enrolled),
            HoldoutEnrolled = g.Sum(s => s.HoldoutEnrolled),
            Sent = g.Sum(s => s.Sent),
            Failed = g.Sum(s => s.Failed),
            Suppressed = g.Sum(s => s.Suppressed),
            Opens = g.Sum(s => s.Opens),
            HumanOpens = g.Sum(s => s.HumanOpens),
            UniqueOpens = g.Sum(s => s.UniqueOpens),
            UniqueHumanOpens = g.Sum(s => s.UniqueHumanOpens),
            Clicks = g.Sum(s => s.Clicks),
            UniqueClicks = g.Sum(s => s.UniqueClicks),
            Unsubscribes = g.Sum(s => s.Unsubscribes),
            Orders = g.Sum(s => s.Orders),
            Revenue = g.Sum(s => s.Revenue),
            HoldoutOrders = g.Sum(s => s.HoldoutOrders),
            HoldoutRevenue = g.Sum(s => s.HoldoutRevenue)
        }).ToList().ToLookup(d => d.Day.Date);

        var series = new List<DailyFigures>();
        for (var day = from; day <= to; day = day.AddDays(1))
            series.Add(Total(day, byDay[day].ToList()));

        return Task.FromResult<IReadOnlyList<DailyFigures>>(series);
    }

    // Rows are stored at midnight, so a day has one group; any other time of day is still counted on its date.
    private static DailyFigures Total(DateTime day, IReadOnlyCollection<DailyFigures> groups) => new()
    {
        Day = day,
        Enrolled = groups.Sum(s => s.Enrolled),
        HoldoutEnrolled = groups.Sum(s => s.HoldoutEnrolled),
        Sent = groups.Sum(s => s.Sent),
        Failed = groups.Sum(s => s.Failed),
        Suppressed = groups.Sum(s => s.Suppressed),
        Opens = groups.Sum(s => s.Opens),
        HumanOpens = groups.Sum(s => s.HumanOpens),
        UniqueOpens = groups.Sum(s => s.UniqueOpens),
        UniqueHumanOpens = groups.Sum(s => s.UniqueHumanOpens),
        Clicks = groups.Sum(s => s.Clicks),
        UniqueClicks = groups.Sum(s => s.UniqueClicks),
        Unsubscribes = groups.Sum(s => s.Unsubscribes),
        Orders = groups.Sum(s => s.Orders),
        Revenue = groups.Sum(s => s.Revenue),
        HoldoutOrders = groups.Sum(s => s.HoldoutOrders),
        HoldoutRevenue = groups.Sum(s => s.HoldoutRevenue)
    };
}
