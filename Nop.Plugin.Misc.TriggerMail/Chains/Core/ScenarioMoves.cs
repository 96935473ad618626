using Nop.Plugin.Misc.TriggerMail.Common.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// The one table of allowed scenario status moves. Activation (from draft, active or paused) is made only after the
/// current version validates; activating an active scenario re-validates it and keeps it active. Archived is final:
/// an archived scenario cannot be activated, paused or archived again.
/// </summary>
public static class ScenarioMoves
{
    private static readonly MoveTable<ScenarioStatus> Table = new(
        (ScenarioStatus.Draft, ScenarioStatus.Active),
        (ScenarioStatus.Draft, ScenarioStatus.Archived),
        (ScenarioStatus.Active, ScenarioStatus.Active),
        (ScenarioStatus.Active, ScenarioStatus.Paused),
        (ScenarioStatus.Active, ScenarioStatus.Archived),
        (ScenarioStatus.Paused, ScenarioStatus.Active),
        (ScenarioStatus.Paused, ScenarioStatus.Archived));

    public static bool IsAllowed(ScenarioStatus from, ScenarioStatus to) => Table.IsAllowed(from, to);

    public static bool IsFinal(ScenarioStatus status) => Table.IsFinal(status);
}
