using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// One version of a scenario as the engine sees it: immutable, so enrollments in flight keep running on the
/// version they started on while an admin edits the next one.
/// </summary>
public sealed record ScenarioDefinition(
    int ScenarioId,
    int Version,
    ScenarioCategory Category,
    SendPriority Priority,
    string StartStepKey,
    IReadOnlyDictionary<string, StepDefinition> Steps,
    IReadOnlyList<ExitGoal> ExitGoals,
    LatenessPolicy LatenessPolicy = LatenessPolicy.SendLate,
    int MaxLatenessMinutes = 0)
{
    public bool IsTransactional => Category == ScenarioCategory.Transactional;

    public StepDefinition Step(string key) =>
        key is not null && Steps.TryGetValue(key, out var step) ? step : null;
}
