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
}
