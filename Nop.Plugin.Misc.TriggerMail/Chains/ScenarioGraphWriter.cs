using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Saves an edited step graph as a scenario version after the engine's validator accepts it. A draft nobody has
/// entered is rewritten in place; otherwise the graph becomes a new version for new entries, and customers in
/// flight finish on the version they started on.
/// </summary>
public class ScenarioGraphWriter
{
    private readonly IRepository<Scenario> _scenarios;
    private readonly IRepository<ScenarioStep> _steps;
    private readonly IRepository<Enrollment> _enrollments;
    private readonly IRepository<EmailTemplate> _templates;
    private readonly TimeProvider _timeProvider;

    public ScenarioGraphWriter(IRepository<Scenario> scenarios, IRepository<ScenarioStep> steps, IRepository<Enrollment> enrollments,
        IRepository<EmailTemplate> templates, TimeProvider timeProvider)
    {
        _scenarios = scenarios;
        _steps = steps;
        _enrollments = enrollments;
        _templates = templates;
        _timeProvider = timeProvider;
    }

    /// <summary>The engine's errors for the graph (the first step is the start); empty when it may be saved.</summary>
    public async Task<IReadOnlyList<ScenarioValidationError>> ValidateAsync(Scenario scenario, IReadOnlyList<StepDefinition> steps)
    {
        if (steps.Count == 0)
            return [ScenarioValidationError.ForScenario("the chain has no steps; add at least one")];

        var keyErrors = KeyErrors(steps).ToList();
        if (keyErrors.Count > 0)
            return keyErrors;

        var templateIds = (await _templates.Table.Where(t => !t.IsLayout).Select(t => t.Id).ToListAsync()).ToHashSet();
        return ScenarioValidator.Validate(Definition(scenario, steps), templateIds);
    }

    /// <summary>Validates and saves; returns the errors (nothing saved) or an empty list with the scenario's version updated.</summary>
    public async Task<IReadOnlyList<ScenarioValidationError>> SaveAsync(Scenario scenario, IReadOnlyList<StepDefinition> steps)
    {
        var errors = await ValidateAsync(scenario, steps);
        if (errors.Count > 0)
            return errors;

        var entered = await _enrollments.Table.AnyAsync(e => e.ScenarioId == scenario.Id && e.ScenarioVersion == scenario.CurrentVersion);
        var rewrite = scenario.Status == ScenarioStatus.Draft && !entered;
        var version = rewrite
            ? Math.Max(scenario.CurrentVersion, 1)
            : (_steps.Table.Where(s => s.ScenarioId == scenario.Id).Select(s => (int?)s.ScenarioVersion).Max() ?? 0) + 1;

        if (rewrite)
            await _steps.DeleteAsync(s => s.ScenarioId == scenario.Id && s.ScenarioVersion == version);
        await _steps.InsertAsync(Rows(scenario.Id, version, steps), publishEvent: false);

        scenario.CurrentVersion = version;
        scenario.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _scenarios.UpdateAsync(scenario);
        return errors;
    }

    private static IEnumerable<ScenarioValidationError> KeyErrors(IReadOnlyList<StepDefinition> steps)
    {
        foreach (var step in steps.Where(s => string.IsNullOrWhiteSpace(s.Key) || s.Key.Length > TriggerMailDefaults.KeyLength))
            yield return new ScenarioValidationError(step.Key, $"key: a step key must have 1 to {TriggerMailDefaults.KeyLength} characters");
        foreach (var duplicate in steps.Where(s => !string.IsNullOrWhiteSpace(s.Key)).GroupBy(s => s.Key).Where(g => g.Count() > 1))
            yield return new ScenarioValidationError(duplicate.Key, "key: is used by more than one step");
    }

    private static List<ScenarioStep> Rows(int scenarioId, int version, IReadOnlyList<StepDefinition> steps) =>
        steps.Select((step, order) => new ScenarioStep
        {
            ScenarioId = scenarioId,
            ScenarioVersion = version,
            StepKey = step.Key,
            StepKind = step.Kind,
            Name = string.IsNullOrWhiteSpace(step.Name) ? step.Key : step.Name.Trim(),
            SettingsJson = StepSettingsJson.Write(step.Settings),
            OutcomesJson = StepSettingsJson.WriteOutcomes(step.Outcomes ?? new Dictionary<string, string>()),
            DisplayOrder = order
        }).ToList();

    private static ScenarioDefinition Definition(Scenario scenario, IReadOnlyList<StepDefinition> steps) =>
        new(scenario.Id, scenario.CurrentVersion, scenario.Category, SendPriorities.For(scenario.Category, scenario.TriggerKind),
            steps[0].Key, steps.ToDictionary(s => s.Key), [], scenario.LatenessPolicy, scenario.MaxLatenessMinutes);
}
