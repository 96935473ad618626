using Nop.Core;
using Nop.Plugin.Misc.TriggerMail.Common.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// One status move of a scenario or a message. IRepository has no conditional update, so the move's condition is
/// this row's unique (subject, revision) key: two movers that read the same state both try revision R + 1 and the
/// database lets one in. The latest row is the subject's true status; the subject's own row is its cached head.
/// </summary>
public class StatusMove : BaseEntity
{
    public int SubjectTypeId { get; set; }

    public int SubjectId { get; set; }

    /// <summary>1 for the subject's first move, then one more for each.</summary>
    public int Revision { get; set; }

    public int FromStatusId { get; set; }

    public int ToStatusId { get; set; }

    public string Note { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public StatusSubject SubjectType
    {
        get => (StatusSubject)SubjectTypeId;
        set => SubjectTypeId = (int)value;
    }
}
