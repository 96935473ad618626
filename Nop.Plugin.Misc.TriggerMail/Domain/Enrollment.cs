using Nop.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// One customer's pass through one version of a scenario. Runners claim it with a lease
/// (<see cref="LockedUntilUtc"/>, <see cref="LockToken"/>) that expires if the runner dies.
/// </summary>
public class Enrollment : BaseEntity
{
    public int ScenarioId { get; set; }

    public int ScenarioVersion { get; set; }

    public int CustomerId { get; set; }

    public int StoreId { get; set; }

    public int TriggerInboxItemId { get; set; }

    public int StatusId { get; set; }

    public string CurrentStepKey { get; set; }

    public DateTime? NextRunOnUtc { get; set; }

    public DateTime? LockedUntilUtc { get; set; }

    public Guid? LockToken { get; set; }

    public int Attempt { get; set; }

    public bool IsHoldout { get; set; }

    public string ContextJson { get; set; }

    public DateTime EnrolledOnUtc { get; set; }

    public DateTime? EndedOnUtc { get; set; }

    public string EndReason { get; set; }

    /// <summary>
    /// How many moves the enrollment has made; the next move writes log row Revision + 1, whose unique
    /// (EnrollmentId, Revision) key lets exactly one runner make it.
    /// </summary>
    public int Revision { get; set; }

    /// <summary>1 for a customer's first entry into the scenario; unique per (scenario, customer), so racing drains enter once.</summary>
    public int EntryNumber { get; set; }

    /// <summary>When the enrollment reached its current step; waits count from here, so re-running a wait never extends it.</summary>
    public DateTime? StepEnteredOnUtc { get; set; }

    public int PriorityId { get; set; }

    public SendPriority Priority
    {
        get => (SendPriority)PriorityId;
        set => PriorityId = (int)value;
    }

    public EnrollmentStatus Status
    {
        get => (EnrollmentStatus)StatusId;
        set => StatusId = (int)value;
    }
}
