using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>
/// Reads figures for admin pages from the daily rollup only, never from raw events. Pages of many scenarios (the
/// scenario list, the statistics overview) read them grouped by scenario: a constant number of statements, however
/// many scenarios there are.
/// </summary>
public class StatisticsReader
{
    private static readonly int[] InFlightStatuses = [(int)EnrollmentStatus.Active, (int)EnrollmentStatus.Waiting, (int)EnrollmentStatus.Running];

    private readonly IRepository<DailyStat> _dailyStatRepository;
    private readonly IRepository<Enrollment> _enrollmentRepository;

    public StatisticsReader(IRepository<DailyStat> dailyStatRepository, IRepository<Enrollment> enrollmentRepository)
    {
        _dailyStatRepository = dailyStatRepository;
        _enrollmentRepository = enrollmentRepository;
    }

    /// <summary>Each A/B variant's recipients and conversions on a send step, for the test's decision rule.</summary>
    public Task<IReadOnlyList<VariantFigures>> GetVariantFiguresAsync(int scenarioId, string stepKey, IEnumerable<string> variantKeys)
    {
        var totals = _dailyStatRepository.Table
            .Where(s => s.ScenarioId == scenarioId && s.StepKey == stepKey)
            .GroupBy(s => s.VariantKey)
            .Select(g => new { Key = g.Key, Sent = g.Sum(s => s.Sent), Opens = g.Sum(s => s.UniqueHumanOpens), Clicks = g.Sum(s => s.UniqueClicks), Orders = g.Sum(s => s.Orders) })
            .ToDictionary(x => x.Key);

        IReadOnlyList<VariantFigures> figures = variantKeys
            .Select(key => totals.TryGetValue(key, out var t)
                ? new VariantFigures(key, t.Sent, t.Opens, t.Clicks, t.Orders)
                : VariantFigures.None(key))
            .ToList();
        return Task.FromResult(figures);
    }

    /// <param name="stepKey">null for the whole scenario.</param>
    /// <param name="variantKey">null for every variant.</param>
    public Task<EngagementFigures> GetFiguresAsync(int scenarioId, DateTime fromUtc, DateTime toUtc, string stepKey = null, string variantKey = null)
    {
        var rows = _dailyStatRepository.Table.Where(s => s.ScenarioId == scenarioId && s.Day >= fromUtc.Date && s.Day <= toUtc.Date);
        var scenarioRows = rows.Where(s => s.StepKey == string.Empty && s.VariantKey == string.Empty).ToList();
        if (stepKey is not null)
            rows = rows.Where(s => s.StepKey == stepKey);
        if (variantKey is not null)
            rows = rows.Where(s => s.VariantKey == variantKey);

        var stats = rows.ToList();
        return Task.FromResult(new EngagementFigures
        {
            Recipients = stepKey is null ? scenarioRows.Sum(s => s.Enrolled) : stats.Sum(s => s.Sent),
            HoldoutRecipients = stepKey is null ? scenarioRows.Sum(s => s.HoldoutEnrolled) : 0,
            Sent = stats.Sum(s => s.Sent),
            Failed = stats.Sum(s => s.Failed),
            Suppressed = stats.Sum(s => s.Suppressed),
            UniqueOpens = stats.Sum(s => s.UniqueOpens),
            UniqueHumanOpens = stats.Sum(s => s.UniqueHumanOpens),
            UniqueClicks = stats.Sum(s => s.UniqueClicks),
            Unsubscribes = stats.Sum(s => s.Unsubscribes),
            Orders = stats.Sum(s => s.Orders),
            Revenue = stats.Sum(s => s.Revenue),
            HoldoutOrders = stats.Sum(s => s.HoldoutOrders),
            HoldoutRevenue = stats.Sum(s => s.HoldoutRevenue)
        });
    }

    /// <summary>
    /// Each scenario's whole-scenario figures over the days, in one statement grouped by scenario: the figures
    /// <see cref="GetFiguresAsync"/> gives each. A scenario without rollup rows in the period is absent (all zeros).
    /// </summary>
    /// <param name="scenarioIds">null for every scenario.</param>
    public async Task<IReadOnlyDictionary<int, EngagementFigures>> GetFiguresByScenarioAsync(IReadOnlyCollection<int> scenarioIds, DateTime fromUtc, DateTime toUtc)
    {
        var from = fromUtc.Date;
        var to = toUtc.Date;
        var rows = _dailyStatRepository.Table.Where(s => s.Day >= from && s.Day <= to);
        if (scenarioIds is not null)
            rows = rows.Where(s => scenarioIds.Contains(s.ScenarioId));

        // Recipients count the scenario-level rows' entries; every other figure sums all rows, as the single read does.
        var totals = await rows.GroupBy(s => s.ScenarioId).Select(g => new
        {
            ScenarioId = g.Key,
            Figures = new EngagementFigures
            {
                Recipients = g.Sum(s => s.StepKey == string.Empty && s.VariantKey == string.Empty ? s.Enrolled : 0),
                HoldoutRecipients = g.Sum(s => s.StepKey == string.Empty && s.VariantKey == string.Empty ? s.HoldoutEnrolled : 0),
                Sent = g.Sum(s => s.Sent),
                Failed = g.Sum(s => s.Failed),
                Suppressed = g.Sum(s => s.Suppressed),
                UniqueOpens = g.Sum(s => s.UniqueOpens),
                UniqueHumanOpens = g.Sum(s => s.UniqueHumanOpens),
                UniqueClicks = g.Sum(s => s.UniqueClicks),
                Unsubscribes = g.Sum(s => s.Unsubscribes),
                Orders = g.Sum(s => s.Orders),
                Revenue = g.Sum(s => s.Revenue),
                HoldoutOrders = g.Sum(s => s.HoldoutOrders),
                HoldoutRevenue = g.Sum(s => s.HoldoutRevenue)
            }
        }).ToListAsync();

        return totals.ToDictionary(t => t.ScenarioId, t => t.Figures);
    }

    /// <summary>How many customers are in each scenario right now (active, waiting or running), in one grouped count; absent means none.</summary>
    public async Task<IReadOnlyDictionary<int, int>> GetEnrolledNowAsync(IReadOnlyCollection<int> scenarioIds)
    {
        var counts = await _enrollmentRepository.Table
            .Where(e => scenarioIds.Contains(e.ScenarioId) && InFlightStatuses.Contains(e.StatusId))
            .GroupBy(e => e.ScenarioId)
            .Select(g => new { ScenarioId = g.Key, Count = g.Count() })
            .ToListAsync();
        return counts.ToDictionary(c => c.ScenarioId, c => c.Count);
    }
}
