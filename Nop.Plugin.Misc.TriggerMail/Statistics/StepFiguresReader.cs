using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>
/// The live numbers the chain editor shows on each step: sends, human opens, clicks and orders from the daily
/// rollup; entries from the enrollments (the start step) and their logs and messages (later steps).
/// </summary>
public class StepFiguresReader
{
    private readonly IRepository<DailyStat> _dailyStats;
    private readonly IRepository<Enrollment> _enrollments;
    private readonly IRepository<EnrollmentLog> _logs;
    private readonly IRepository<Message> _messages;

    public StepFiguresReader(IRepository<DailyStat> dailyStats, IRepository<Enrollment> enrollments, IRepository<EnrollmentLog> logs, IRepository<Message> messages)
    {
        _dailyStats = dailyStats;
        _enrollments = enrollments;
        _logs = logs;
        _messages = messages;
    }

    /// <summary>Figures per step key; a step nobody reached is absent.</summary>
    public async Task<IReadOnlyDictionary<string, StepFigures>> ByStepAsync(int scenarioId, string startStepKey)
    {
        var stats = await StatsAsync(scenarioId, byVariant: false);
        var entered = await EnteredAsync(scenarioId, startStepKey);
        return stats.Keys.Select(k => k.Step).Concat(entered.Keys).Where(k => !string.IsNullOrEmpty(k)).Distinct()
            .ToDictionary(key => key, key =>
            {
                var figures = stats.GetValueOrDefault((key, string.Empty)) ?? StepFigures.None;
                return figures with { Entered = Math.Max(entered.GetValueOrDefault(key), figures.Sent) };
            });
    }

    /// <summary>Figures per A/B variant of one send step.</summary>
    public async Task<IReadOnlyDictionary<string, StepFigures>> ByVariantAsync(int scenarioId, string stepKey)
    {
        var stats = await StatsAsync(scenarioId, byVariant: true, stepKey);
        return stats.Where(s => s.Key.Variant != string.Empty).ToDictionary(s => s.Key.Variant, s => s.Value with { Entered = s.Value.Sent });
    }

    private async Task<Dictionary<(string Step, string Variant), StepFigures>> StatsAsync(int scenarioId, bool byVariant, string stepKey = null)
    {
        var rows = _dailyStats.Table.Where(s => s.ScenarioId == scenarioId && s.StepKey != string.Empty);
        if (stepKey is not null)
            rows = rows.Where(s => s.StepKey == stepKey);
        var totals = await rows
            .GroupBy(s => new { s.StepKey, VariantKey = byVariant ? s.VariantKey : string.Empty })
            .Select(g => new
            {
                g.Key.StepKey, g.Key.VariantKey, Sent = g.Sum(s => s.Sent), Opened = g.Sum(s => s.UniqueHumanOpens),
                Clicked = g.Sum(s => s.UniqueClicks), Ordered = g.Sum(s => s.Orders), Revenue = g.Sum(s => s.Revenue)
            })
            .ToListAsync();
        return totals.ToDictionary(t => (t.StepKey, t.VariantKey ?? string.Empty), t => new StepFigures(Entered: 0, t.Sent, t.Opened, t.Clicked, t.Ordered, t.Revenue));
    }

    private async Task<Dictionary<string, int>> EnteredAsync(int scenarioId, string startStepKey)
    {
        var enrollments = _enrollments.Table.Where(e => e.ScenarioId == scenarioId && e.StatusId != (int)EnrollmentStatus.Holdout);
        var fromLogs = await (from log in _logs.Table
                              join enrollment in enrollments on log.EnrollmentId equals enrollment.Id
                              where log.StepKey != null
                              select new { log.StepKey, log.EnrollmentId })
            .Distinct().GroupBy(x => x.StepKey).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var fromMessages = await _messages.Table.Where(m => m.ScenarioId == scenarioId)
            .Select(m => new { m.StepKey, m.EnrollmentId }).Distinct()
            .GroupBy(x => x.StepKey).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();

        var entered = new Dictionary<string, int>();
        foreach (var row in fromLogs.Concat(fromMessages).Where(r => r.Key is not null))
            entered[row.Key] = Math.Max(entered.GetValueOrDefault(row.Key), row.Count);
        if (!string.IsNullOrEmpty(startStepKey))
            entered[startStepKey] = await enrollments.CountAsync();
        return entered;
    }
}
