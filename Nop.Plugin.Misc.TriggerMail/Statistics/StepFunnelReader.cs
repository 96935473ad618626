using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>
/// The step funnel of a scenario: each send step of its current version, in the editor's order, with the step's
/// figures from <see cref="StatisticsReader"/> (the daily rollup) over the period.
/// </summary>
public class StepFunnelReader
{
    private readonly IChainStore _store;
    private readonly StatisticsReader _statistics;

    public StepFunnelReader(IChainStore store, StatisticsReader statistics)
    {
        _store = store;
        _statistics = statistics;
    }

    public async Task<IReadOnlyList<StepFunnel>> GetFunnelAsync(Scenario scenario, DateTime fromUtc, DateTime toUtc)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var funnel = new List<StepFunnel>();
        foreach (var step in (await _store.GetStepsAsync(scenario.Id, scenario.CurrentVersion)).Where(s => s.StepKind == StepKind.SendEmail).OrderBy(s => s.DisplayOrder))
        {
            var figures = await _statistics.GetFiguresAsync(scenario.Id, fromUtc, toUtc, step.StepKey);
            funnel.Add(new StepFunnel(step.StepKey, string.IsNullOrWhiteSpace(step.Name) ? step.StepKey : step.Name, step.DisplayOrder, figures));
        }

        return funnel;
    }
}
