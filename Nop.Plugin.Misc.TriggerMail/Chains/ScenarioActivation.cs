using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Validates a scenario's current version against the stored templates and activates it only when valid;
/// the errors name the step and the reason, for the admin to fix.
/// </summary>
public class ScenarioActivation
{
    private readonly IChainStore _store;
    private readonly IRepository<Scenario> _scenarios;
    private readonly IRepository<EmailTemplate> _templates;
    private readonly TimeProvider _timeProvider;

    public ScenarioActivation(IChainStore store, IRepository<Scenario> scenarios, IRepository<EmailTemplate> templates, TimeProvider timeProvider)
    {
        _store = store;
        _scenarios = scenarios;
        _templates = templates;
        _timeProvider = timeProvider;
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
            return [new ScenarioValidationError(null, exception.Message)];
        }

        var templateIds = (await _templates.Table.Where(t => !t.IsLayout).Select(t => t.Id).ToListAsync()).ToHashSet();
        return ScenarioValidator.Validate(definition, templateIds);
    }

    /// <summary>Activates the scenario when its current version is valid; otherwise leaves it as it was and returns why.</summary>
    public async Task<IReadOnlyList<ScenarioValidationError>> ActivateAsync(Scenario scenario)
    {
        var errors = await ValidateAsync(scenario);
        if (errors.Count > 0)
            return errors;

        scenario.Status = ScenarioStatus.Active;
        scenario.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _scenarios.UpdateAsync(scenario);
        return errors;
    }
}
