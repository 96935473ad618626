using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests;

/// <summary>
/// Promotes the winners of A/B tests whose rule is met. A promotion is a new scenario version, a copy of the
/// current one whose step names the winner (<see cref="SendEmailSettings.PromotedVariantKey"/>), so new
/// enrollments get the winner only while enrollments in flight finish on the version they started on.
/// The version's step rows go in as one insert; the (scenario, version, step) key lets one server in when two
/// promote at once, and a promoted step is never promoted again.
/// </summary>
public class AbTestPromoter
{
    private readonly IChainStore _store;
    private readonly AbTestEvaluator _evaluator;
    private readonly IRepository<Scenario> _scenarios;
    private readonly IRepository<ScenarioStep> _steps;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public AbTestPromoter(IChainStore store,
        AbTestEvaluator evaluator,
        IRepository<Scenario> scenarios,
        IRepository<ScenarioStep> steps,
        ILogger logger,
        TimeProvider timeProvider)
    {
        _store = store;
        _evaluator = evaluator;
        _scenarios = scenarios;
        _steps = steps;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    /// <summary>Evaluates every active scenario's A/B tests; returns the steps it promoted, as "scenario/step → variant".</summary>
    public async Task<IReadOnlyList<string>> PromoteWinnersAsync()
    {
        var promoted = new List<string>();
        foreach (var scenario in await _store.GetActiveScenariosAsync())
        {
            try
            {
                promoted.AddRange(await PromoteAsync(scenario));
            }
            catch (FormatException exception)
            {
                await _logger.WarningAsync($"Trigger mail: the A/B tests of scenario {scenario.Id} were not evaluated: {exception.Message}", exception);
            }
        }

        return promoted;
    }

    private async Task<IReadOnlyList<string>> PromoteAsync(Scenario scenario)
    {
        var winners = (await _evaluator.GetTestsAsync(scenario)).Where(t => t.ShouldPromote).ToDictionary(t => t.StepKey, t => t.LeaderKey);
        if (winners.Count == 0)
            return [];

        var current = await _store.GetStepsAsync(scenario.Id, scenario.CurrentVersion);
        var version = _steps.Table.Where(s => s.ScenarioId == scenario.Id).Max(s => s.ScenarioVersion) + 1;
        var copies = current.Select(step => new ScenarioStep
        {
            ScenarioId = step.ScenarioId,
            ScenarioVersion = version,
            StepKey = step.StepKey,
            StepKind = step.StepKind,
            Name = step.Name,
            SettingsJson = winners.TryGetValue(step.StepKey, out var winner) ? Promote(step, winner) : step.SettingsJson,
            OutcomesJson = step.OutcomesJson,
            DisplayOrder = step.DisplayOrder
        }).ToList();

        // Another server promoted this version first: its copies stand.
        if (!await _steps.InsertOnceAsync(copies))
            return [];

        var latest = await _scenarios.GetByIdAsync(scenario.Id);
        if (latest is null || latest.CurrentVersion != scenario.CurrentVersion)
            return [];

        latest.CurrentVersion = version;
        latest.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _scenarios.UpdateAsync(latest, publishEvent: false);
        return winners.Select(w => $"{scenario.Id}/{w.Key} → {w.Value}").ToList();
    }

    private static string Promote(ScenarioStep step, string winner)
    {
        var settings = (SendEmailSettings)StepSettingsJson.Parse(step.StepKind, step.SettingsJson, step.StepKey);
        return StepSettingsJson.Write(settings with { PromotedVariantKey = winner });
    }
}
