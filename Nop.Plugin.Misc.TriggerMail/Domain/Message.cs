using Nop.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// One email for one (enrollment, step), written before it is handed to delivery; the unique pair is what
/// makes a second attempt find it instead of sending again.
/// </summary>
public class Message : BaseEntity
{
    public Guid MessageGuid { get; set; }

    public int EnrollmentId { get; set; }

    public string StepKey { get; set; }

    public int ScenarioId { get; set; }

    public int CustomerId { get; set; }

    public int StoreId { get; set; }

    public int TemplateId { get; set; }

    public string VariantKey { get; set; }

    /// <summary>The order the message is about (its trigger's), written with the message so delivery never looks back for it.</summary>
    public int? OrderId { get; set; }

    /// <summary>The shipment the message is about (its trigger's), written with the message so delivery never looks back for it.</summary>
    public int? ShipmentId { get; set; }

    /// <summary>
    /// Whether opens and clicks are counted: decided once, when the message is composed (install, store and scenario
    /// switches), so the endpoints and the event writer read this flag instead of deciding again.
    /// </summary>
    public bool IsTracked { get; set; }

    public bool IsTransactional { get; set; }

    public string ToEmail { get; set; }

    public string Subject { get; set; }

    public int StatusId { get; set; }

    public int Attempts { get; set; }

    public string LastError { get; set; }

    public DateTime? NextAttemptOnUtc { get; set; }

    public DateTime? LockedUntilUtc { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? SentOnUtc { get; set; }

    public MessageStatus Status
    {
        get => (MessageStatus)StatusId;
        set => StatusId = (int)value;
    }
}
