using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Validates a scenario's current version against the stored templates and activates it only when valid and
/// <see cref="ScenarioMoves"/> allows it (never an archived scenario); the errors name the step and the reason, for the admin to fix.
/// </summary>
public class ScenarioActivation
{
    private readonly IChainStore _store;
    private readonly ScenarioLifecycle _lifecycle;
    private readonly IRepository<EmailTemplate> _templates;

    public ScenarioActivation(IChainStore store, ScenarioLifecycle lifecycle, IRepository<EmailTemplate> templates)
    {
        _store = store;
        _lifecycle = lifecycle;
        _templates = templates;
    }

    public async Task<IReadOnlyList<ScenarioValidationError>> ValidateAsync(Scenario scenario)
    {
        ScenarioDefinition definition;
        try
        {
            definition = ScenarioDefinitionLoader.Build(scenario, scenario.CurrentVersion, await _store.GetStepsAsync(scenario.Id, scenario.CurrentVersion));
        }
        catch (FormatException exception)
        {
            return [ScenarioValidationError.ForScenario(exception.Message)];
        }

        var templateIds = (await _templates.Table.Where(t => !t.IsLayout).Select(t => t.Id).ToListAsync()).ToHashSet();
        return ScenarioValidator.Validate(definition, templateIds);
    }

    /// <summary>Activates the scenario when its current version is valid; otherwise leaves it as it was and returns why.</summary>
    public async Task<IReadOnlyList<ScenarioValidationError>> ActivateAsync(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // Archived is the only status the table does not let become active.
        if (!ScenarioMoves.IsAllowed(scenario.Status, ScenarioStatus.Active))
            return [ScenarioValidationError.ForScenario("an archived scenario cannot be activated")];

        var errors = await ValidateAsync(scenario);
        if (errors.Count > 0)
            return errors;

        if (!await _lifecycle.MoveAsync(scenario, ScenarioStatus.Active))
            return [ScenarioValidationError.ForScenario("the scenario was changed by someone else meanwhile; reload it and try again")];

        return errors;
    }
}
