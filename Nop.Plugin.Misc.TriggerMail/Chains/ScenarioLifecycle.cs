using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Reads and saves scenarios for the admin pages and moves them between statuses, as <see cref="ScenarioMoves"/>
/// allows and only from the status the caller read (<see cref="StatusMoveLog"/>). Activation goes through
/// <see cref="ScenarioActivation"/>, which validates first.
/// </summary>
public class ScenarioLifecycle
{
    private readonly IRepository<Scenario> _scenarios;
    private readonly StatusMoveLog _moves;
    private readonly TimeProvider _timeProvider;

    public ScenarioLifecycle(IRepository<Scenario> scenarios, StatusMoveLog moves, TimeProvider timeProvider)
    {
        _scenarios = scenarios;
        _moves = moves;
        _timeProvider = timeProvider;
    }

    public Task<Scenario> GetAsync(int id) => _scenarios.GetByIdAsync(id);

    public Task UpdateAsync(Scenario scenario) => _scenarios.UpdateAsync(scenario);

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
            return exception.Errors.Select(e => ScenarioValidationError.ForScenario($"trigger settings: {e}")).ToList();
        }
    }

    /// <summary>
    /// Moves the scenario from the status it was read in; false (nothing changed) when <see cref="ScenarioMoves"/> does
    /// not allow it or someone else moved the scenario since it was read.
    /// </summary>
    public async Task<bool> MoveAsync(Scenario scenario, ScenarioStatus to)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var from = scenario.Status;
        if (!ScenarioMoves.IsAllowed(from, to))
            return false;

        if (await _moves.TryRecordAsync(StatusSubject.Scenario, scenario.Id, (int)from, (int)to, $"{from} → {to}") is null)
        {
            await RollForwardAsync(scenario.Id);
            return false;
        }

        scenario.Status = to;
        scenario.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _scenarios.UpdateAsync(scenario);
        return true;
    }

    // A mover that died between its move row and the scenario's update leaves the row behind its latest move.
    private async Task RollForwardAsync(int scenarioId)
    {
        var latest = await _moves.LatestAsync(StatusSubject.Scenario, scenarioId);
        var stored = await _scenarios.GetByIdAsync(scenarioId);
        if (latest is null || stored is null || stored.StatusId == latest.ToStatusId)
            return;

        stored.StatusId = latest.ToStatusId;
        await _scenarios.UpdateAsync(stored);
    }
}
