using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// The admin's changes to a scenario's settings: creates a draft (blank or from a preset), and saves edited settings only when the
/// trigger settings are valid for the chosen trigger. The chain goes through <see cref="ScenarioGraphWriter"/>,
/// status moves through <see cref="ScenarioLifecycle"/> and <see cref="ScenarioActivation"/>.
/// </summary>
public class ScenarioEditor
{
    private readonly IRepository<Scenario> _scenarios;
    private readonly ScenarioPresets _presets;
    private readonly ILocalizationService _localizationService;
    private readonly TimeProvider _timeProvider;

    public ScenarioEditor(IRepository<Scenario> scenarios, ScenarioPresets presets, ILocalizationService localizationService, TimeProvider timeProvider)
    {
        _scenarios = scenarios;
        _presets = presets;
        _localizationService = localizationService;
        _timeProvider = timeProvider;
    }

    /// <param name="preset">null for a blank draft.</param>
    public Task<Scenario> CreateDraftAsync(ScenarioPreset? preset, int storeId) =>
        preset is { } chosen ? _presets.CreateDraftAsync(chosen, storeId) : CreateBlankAsync(storeId);

    private async Task<Scenario> CreateBlankAsync(int storeId) =>
        await _presets.CreateBlankDraftAsync(await _localizationService.GetResourceAsync($"{TriggerMailDefaults.LocalePrefix}.Scenarios.NewName"), storeId);

    /// <summary>
    /// Writes the changes onto the scenario and saves it when the trigger settings are valid; otherwise leaves the
    /// scenario as it was and returns what is wrong with them (each naming the settings' field).
    /// </summary>
    public async Task<IReadOnlyList<TriggerSettingsError>> SaveAsync(Scenario scenario, ScenarioChanges changes)
    {
        var errors = (changes.TriggerSettings?.Validate() ?? []).ToList();
        if (errors.Count > 0)
            return errors;

        scenario.Name = changes.Name.Trim();
        scenario.Description = changes.Description;
        scenario.StoreId = changes.StoreId;
        scenario.TriggerKind = changes.TriggerKind;
        scenario.TriggerSettingsJson = SettingsJson(changes.TriggerSettings);
        scenario.EntrySegmentId = changes.EntrySegmentId;
        scenario.Category = changes.Category;
        scenario.ReEntryPolicy = changes.ReEntryPolicy;
        scenario.ReEntryCooldownHours = changes.ReEntryCooldownHours;
        scenario.ExitGoalsJson = StepSettingsJson.WriteExitGoals(changes.ExitGoals.Distinct().Order().ToList());
        scenario.HoldoutPercent = changes.HoldoutPercent;
        scenario.LatenessPolicy = changes.LatenessPolicy;
        scenario.MaxLatenessMinutes = changes.MaxLatenessMinutes;
        scenario.TrackingEnabled = changes.TrackingEnabled;
        scenario.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _scenarios.UpdateAsync(scenario);
        return errors;
    }

    private static string SettingsJson(ITriggerSettings settings) => settings switch
    {
        AbandonedCartTriggerSettings cart => TriggerSettingsJson.Serialize(cart),
        InactivityTriggerSettings inactivity => TriggerSettingsJson.Serialize(inactivity),
        CalendarDateTriggerSettings dates => TriggerSettingsJson.Serialize(dates),
        AfterOrderTriggerSettings after => TriggerSettingsJson.Serialize(after),
        _ => null
    };
}
