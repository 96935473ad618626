using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Presets;

/// <summary>
/// Creates a preset as a draft scenario (version 1) the admin then edits, picks templates for, and activates.
/// </summary>
public class ScenarioPresets
{
    private readonly IRepository<Scenario> _scenarios;
    private readonly IRepository<ScenarioStep> _steps;
    private readonly TimeProvider _timeProvider;

    public ScenarioPresets(IRepository<Scenario> scenarios, IRepository<ScenarioStep> steps, TimeProvider timeProvider)
    {
        _scenarios = scenarios;
        _steps = steps;
        _timeProvider = timeProvider;
    }

    public async Task<Scenario> CreateDraftAsync(ScenarioPreset preset, int storeId = 0)
    {
        var definition = ScenarioPresetCatalog.Get(preset);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var scenario = new Scenario
        {
            Name = definition.Name,
            Description = definition.Description,
            StoreId = storeId,
            TriggerKind = definition.Trigger,
            Category = definition.Category,
            Status = ScenarioStatus.Draft,
            ReEntryPolicy = definition.ReEntryPolicy,
            ReEntryCooldownHours = definition.ReEntryCooldownHours,
            ExitGoalsJson = StepSettingsJson.WriteExitGoals(definition.ExitGoals),
            LatenessPolicy = definition.Category == ScenarioCategory.Transactional ? LatenessPolicy.SendLate : LatenessPolicy.SkipStep,
            MaxLatenessMinutes = definition.Category == ScenarioCategory.Transactional ? 0 : 24 * 60,
            TrackingEnabled = true,
            CurrentVersion = 1,
            CreatedOnUtc = now,
            UpdatedOnUtc = now
        };
        await _scenarios.InsertAsync(scenario);

        await _steps.InsertAsync(definition.Steps.Select((step, order) => new ScenarioStep
        {
            ScenarioId = scenario.Id,
            ScenarioVersion = 1,
            StepKey = step.Key,
            StepKind = step.Kind,
            Name = step.Name ?? step.Key,
            SettingsJson = StepSettingsJson.Write(step.Settings),
            OutcomesJson = StepSettingsJson.WriteOutcomes(step.Outcomes),
            DisplayOrder = order
        }).ToList());

        return scenario;
    }
}
