using Nop.Core;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// An address that must not get mail: from one scenario, or (<see cref="ScenarioId"/> 0) from all marketing.
/// Hard bounces and complaints block transactional mail too.
/// </summary>
public class Suppression : BaseEntity
{
    public string Email { get; set; }

    public int? CustomerId { get; set; }

    /// <summary>0 means all marketing (and, for a hard bounce or complaint, all mail).</summary>
    public int ScenarioId { get; set; }

    public int ReasonId { get; set; }

    public string Note { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public SuppressionReason Reason
    {
        get => (SuppressionReason)ReasonId;
        set => ReasonId = (int)value;
    }
}
