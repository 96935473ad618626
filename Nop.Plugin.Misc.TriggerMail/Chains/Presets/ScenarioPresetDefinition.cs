using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Presets;

/// <summary>
/// A ready-made scenario: created as an editable draft whose send steps still need their templates.
/// Delays that belong to the trigger (abandoned-cart idle time, inactivity days) are in the trigger's settings.
/// </summary>
public sealed record ScenarioPresetDefinition(
    string Name,
    string Description,
    TriggerKind Trigger,
    ScenarioCategory Category,
    ReEntryPolicy ReEntryPolicy,
    int ReEntryCooldownHours,
    IReadOnlyList<ExitGoal> ExitGoals,
    IReadOnlyList<StepDefinition> Steps);
