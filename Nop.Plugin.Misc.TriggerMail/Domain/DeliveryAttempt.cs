using Nop.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// One try at sending one message. The row is also the claim: (MessageId, AttemptNumber) is unique, so of two
/// servers that read the same due message only the one whose insert succeeds may send it. The rows of the last
/// minute per account are the throttle's count.
/// </summary>
public class DeliveryAttempt : BaseEntity
{
    public int MessageId { get; set; }

    public int AttemptNumber { get; set; }

    public int EmailAccountId { get; set; }

    public DateTime StartedOnUtc { get; set; }

    public DateTime? FinishedOnUtc { get; set; }

    public int OutcomeId { get; set; }

    public string Error { get; set; }

    public DeliveryOutcome Outcome
    {
        get => (DeliveryOutcome)OutcomeId;
        set => OutcomeId = (int)value;
    }
}
