using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Reads one scenario version into the engine's definition. A version's steps never change once enrollments
/// run on it, so a definition is cached for the life of the scope (one task run).
/// </summary>
public class ScenarioDefinitionLoader
{
    private readonly Dictionary<(int, int), ScenarioDefinition> _cache = new();
    private readonly IChainStore _store;

    public ScenarioDefinitionLoader(IChainStore store)
    {
        _store = store;
    }

    /// <summary>The definition, or null when the scenario is gone; bad stored JSON throws a FormatException naming the step.</summary>
    public async Task<ScenarioDefinition> GetAsync(int scenarioId, int version)
    {
        if (_cache.TryGetValue((scenarioId, version), out var cached))
            return cached;

        var scenario = await _store.GetScenarioAsync(scenarioId);
        if (scenario is null)
            return null;

        var definition = Build(scenario, version, await _store.GetStepsAsync(scenarioId, version));
        _cache[(scenarioId, version)] = definition;
        return definition;
    }

    public static ScenarioDefinition Build(Scenario scenario, int version, IList<ScenarioStep> rows)
    {
        if (rows.Count == 0)
            throw new FormatException($"Scenario {scenario.Id} version {version} has no steps.");

        var steps = rows.ToDictionary(r => r.StepKey, r => new StepDefinition(
            r.StepKey,
            r.StepKind,
            StepSettingsJson.Parse(r.StepKind, r.SettingsJson, r.StepKey),
            StepSettingsJson.ParseOutcomes(r.OutcomesJson, r.StepKey),
            r.Name));

        return new ScenarioDefinition(
            scenario.Id,
            version,
            scenario.Category,
            SendPriorities.For(scenario.Category, scenario.TriggerKind),
            rows[0].StepKey,
            steps,
            StepSettingsJson.ParseExitGoals(scenario.ExitGoalsJson),
            scenario.LatenessPolicy,
            scenario.MaxLatenessMinutes);
    }
}
