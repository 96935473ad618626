using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// A scenario's settings as the admin edits them (everything but the chain and the status): what
/// <see cref="ScenarioEditor.SaveAsync"/> writes onto the scenario once the trigger settings are valid.
/// </summary>
/// <param name="TriggerSettings">null for a trigger kind without settings.</param>
/// <param name="EntrySegmentId">null for every customer.</param>
public sealed record ScenarioChanges(
    string Name,
    string Description,
    int StoreId,
    TriggerKind TriggerKind,
    ITriggerSettings TriggerSettings,
    int? EntrySegmentId,
    ScenarioCategory Category,
    ReEntryPolicy ReEntryPolicy,
    int ReEntryCooldownHours,
    IReadOnlyList<ExitGoal> ExitGoals,
    int HoldoutPercent,
    LatenessPolicy LatenessPolicy,
    int MaxLatenessMinutes,
    bool TrackingEnabled);
