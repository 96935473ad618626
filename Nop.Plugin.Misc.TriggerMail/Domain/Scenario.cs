using Nop.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// An automated chain: what starts it, who may enter, and which version of its step graph new enrollments get.
/// </summary>
public class Scenario : BaseEntity
{
    public string Name { get; set; }

    public string Description { get; set; }

    /// <summary>0 means every store.</summary>
    public int StoreId { get; set; }

    public int TriggerKindId { get; set; }

    public string TriggerSettingsJson { get; set; }

    public int? EntrySegmentId { get; set; }

    public int CategoryId { get; set; }

    public int StatusId { get; set; }

    public int ReEntryPolicyId { get; set; }

    public int ReEntryCooldownHours { get; set; }

    public string ExitGoalsJson { get; set; }

    public int HoldoutPercent { get; set; }

    public int LatenessPolicyId { get; set; }

    public int MaxLatenessMinutes { get; set; }

    public bool TrackingEnabled { get; set; }

    /// <summary>The step-graph version new enrollments start on; enrollments keep the version they started with.</summary>
    public int CurrentVersion { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    public TriggerKind TriggerKind
    {
        get => (TriggerKind)TriggerKindId;
        set => TriggerKindId = (int)value;
    }

    public ScenarioCategory Category
    {
        get => (ScenarioCategory)CategoryId;
        set => CategoryId = (int)value;
    }

    public ScenarioStatus Status
    {
        get => (ScenarioStatus)StatusId;
        set => StatusId = (int)value;
    }

    public ReEntryPolicy ReEntryPolicy
    {
        get => (ReEntryPolicy)ReEntryPolicyId;
        set => ReEntryPolicyId = (int)value;
    }

    public LatenessPolicy LatenessPolicy
    {
        get => (LatenessPolicy)LatenessPolicyId;
        set => LatenessPolicyId = (int)value;
    }
}
