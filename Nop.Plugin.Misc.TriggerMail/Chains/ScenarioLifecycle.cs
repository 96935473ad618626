using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Reads and saves scenarios for the admin pages and moves them between statuses: pause only what is active,
/// archive anything not yet archived. Activation goes through <see cref="ScenarioActivation"/>, which validates first.
/// </summary>
public class ScenarioLifecycle
{
    private readonly IRepository<Scenario> _scenarios;
    private readonly TimeProvider _timeProvider;

    public ScenarioLifecycle(IRepository<Scenario> scenarios, TimeProvider timeProvider)
    {
        _scenarios = scenarios;
        _timeProvider = timeProvider;
    }

    public Task<Scenario> GetAsync(int id) => _scenarios.GetByIdAsync(id);

    public Task UpdateAsync(Scenario scenario) => _scenarios.UpdateAsync(scenario);

    public static bool CanMove(ScenarioStatus from, ScenarioStatus to) => to switch
    {
        ScenarioStatus.Paused => from == ScenarioStatus.Active,
        ScenarioStatus.Archived => from != ScenarioStatus.Archived,
        _ => false
    };

    /// <summary>What is wrong with the scenario's trigger settings for its trigger kind (each naming the field); empty when valid.</summary>
    public static IReadOnlyList<ScenarioValidationError> TriggerErrors(Scenario scenario)
    {
        try
        {
            TriggerSettingsJson.ForKind(scenario.TriggerKind, scenario.TriggerSettingsJson);
            return [];
        }
        catch (InvalidTriggerSettingsException exception)
        {
            return exception.Errors.Select(e => new ScenarioValidationError(null, $"trigger settings: {e}")).ToList();
        }
    }

    /// <summary>Pauses or archives; false (nothing changed) when the scenario's status does not allow it.</summary>
    public async Task<bool> MoveAsync(Scenario scenario, ScenarioStatus to)
    {
        if (!CanMove(scenario.Status, to))
            return false;

        scenario.Status = to;
        scenario.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _scenarios.UpdateAsync(scenario);
        return true;
    }
}
