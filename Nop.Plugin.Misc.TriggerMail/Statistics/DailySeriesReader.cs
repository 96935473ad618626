using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>
/// The per-day series of a scenario (or of every scenario) from the daily rollup only, one entry per day of the
/// range, days without figures included as zeros so a chart's axis has no gaps. The rows read are bounded by
/// days × steps × variants, never by events.
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

        var byDay = rows.ToList().ToLookup(s => s.Day.Date);
        var series = new List<DailyFigures>();
        for (var day = from; day <= to; day = day.AddDays(1))
            series.Add(Sum(day, byDay[day].ToList()));

        return Task.FromResult<IReadOnlyList<DailyFigures>>(series);
    }

    private static DailyFigures Sum(DateTime day, IReadOnlyCollection<DailyStat> stats) => new()
    {
        Day = day,
        Enrolled = stats.Sum(s => s.Enrolled),
        HoldoutEnrolled = stats.Sum(s => s.HoldoutEnrolled),
        Sent = stats.Sum(s => s.Sent),
        Failed = stats.Sum(s => s.Failed),
        Suppressed = stats.Sum(s => s.Suppressed),
        Opens = stats.Sum(s => s.Opens),
        HumanOpens = stats.Sum(s => s.HumanOpens),
        UniqueOpens = stats.Sum(s => s.UniqueOpens),
        UniqueHumanOpens = stats.Sum(s => s.UniqueHumanOpens),
        Clicks = stats.Sum(s => s.Clicks),
        UniqueClicks = stats.Sum(s => s.UniqueClicks),
        Unsubscribes = stats.Sum(s => s.Unsubscribes),
        Orders = stats.Sum(s => s.Orders),
        Revenue = stats.Sum(s => s.Revenue),
        HoldoutOrders = stats.Sum(s => s.HoldoutOrders),
        HoldoutRevenue = stats.Sum(s => s.HoldoutRevenue)
    };
}
