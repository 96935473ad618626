using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

namespace Nop.Plugin.Misc.TriggerMail.Triggers;

/// <summary>
/// The active scenarios of a kind with their validated trigger settings. A scenario whose settings are invalid is
/// left out and reported (naming the field), so one bad scenario never stops the scan of the others.
/// </summary>
public class ScenarioTriggerSettings
{
    private readonly ActiveScenarios _activeScenarios;
    private readonly ScanProblems _problems;

    public ScenarioTriggerSettings(ActiveScenarios activeScenarios, ScanProblems problems)
    {
        _activeScenarios = activeScenarios;
        _problems = problems;
    }

    public async Task<IList<(Scenario Scenario, TSettings Settings)>> ActiveAsync<TSettings>(TriggerKind kind)
        where TSettings : class, ITriggerSettings
    {
        var valid = new List<(Scenario, TSettings)>();
        foreach (var scenario in await _activeScenarios.OfKindAsync(kind))
        {
            if (TriggerSettingsJson.TryDeserialize<TSettings>(scenario.TriggerSettingsJson, out var settings, out var errors))
                valid.Add((scenario, settings));
            else
                _problems.Add($"Scenario {scenario.Id} ({scenario.Name}): {string.Join("; ", errors)}");
        }

        return valid;
    }
}
