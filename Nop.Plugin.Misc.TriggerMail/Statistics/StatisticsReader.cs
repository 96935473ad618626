using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>
/// Reads figures for admin pages from the daily rollup only, never from raw events.
/// </summary>
public class StatisticsReader
{
    private readonly IRepository<DailyStat> _dailyStatRepository;

    public StatisticsReader(IRepository<DailyStat> dailyStatRepository)
    {
        _dailyStatRepository = dailyStatRepository;
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
                : new VariantFigures(key, 0, 0, 0, 0))
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
}
