using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

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
        var scenario = NewDraft(definition.Name, storeId, definition.Trigger, definition.Category, definition.ReEntryPolicy, definition.ExitGoals);
        scenario.Description = definition.Description;
        scenario.ReEntryCooldownHours = definition.ReEntryCooldownHours;
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

    /// <summary>A blank draft: a marketing scenario on registration with an empty chain, for the admin to build.</summary>
    public async Task<Scenario> CreateBlankDraftAsync(string name, int storeId)
    {
        var scenario = NewDraft(name, storeId, TriggerKind.CustomerRegistered, ScenarioCategory.Marketing, ReEntryPolicy.OnceEver, exitGoals: []);
        await _scenarios.InsertAsync(scenario);
        return scenario;
    }

    // What every new draft starts as: version 1, tracked, and late sends skipped after a day for marketing but sent
    // late for transactional mail (an order notice is still wanted).
    private Scenario NewDraft(string name, int storeId, TriggerKind trigger, ScenarioCategory category, ReEntryPolicy reEntryPolicy, IReadOnlyList<ExitGoal> exitGoals)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var transactional = category == ScenarioCategory.Transactional;
        return new Scenario
        {
            Name = name,
            StoreId = storeId,
            TriggerKind = trigger,
            Category = category,
            Status = ScenarioStatus.Draft,
            ReEntryPolicy = reEntryPolicy,
            ExitGoalsJson = StepSettingsJson.WriteExitGoals(exitGoals),
            LatenessPolicy = transactional ? LatenessPolicy.SendLate : LatenessPolicy.SkipStep,
            MaxLatenessMinutes = transactional ? 0 : 24 * 60,
            TrackingEnabled = true,
            CurrentVersion = 1,
            CreatedOnUtc = now,
            UpdatedOnUtc = now
        };
    }
}
