using Nop.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// One status move of an enrollment, written with the move so every transition can be inspected.
/// </summary>
public class EnrollmentLog : BaseEntity
{
    public int EnrollmentId { get; set; }

    public string StepKey { get; set; }

    public int FromStatusId { get; set; }

    public int ToStatusId { get; set; }

    public string Note { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    /// <summary>
    /// The enrollment's revision after this move. The full state after the move is kept too, so a move whose
    /// enrollment update was lost (a crash) can be rolled forward from its log row.
    /// </summary>
    public int Revision { get; set; }

    public DateTime? StepEnteredOnUtc { get; set; }

    public DateTime? NextRunOnUtc { get; set; }

    public DateTime? LockedUntilUtc { get; set; }

    public Guid? LockToken { get; set; }

    public int Attempt { get; set; }
}
