using Nop.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// An order credited to a scenario: to the message of the customer's last qualifying touch, or (holdout) to the
/// scenario whose control group the customer was in. One row per (order, scenario), so racing runs credit once.
/// Revenue is net of refunds and zero for a cancelled order.
/// </summary>
public class Conversion : BaseEntity
{
    public int OrderId { get; set; }

    public int CustomerId { get; set; }

    public int ScenarioId { get; set; }

    /// <summary>0 for a holdout conversion.</summary>
    public int MessageId { get; set; }

    public string StepKey { get; set; }

    public string VariantKey { get; set; }

    public bool IsHoldout { get; set; }

    public decimal OrderTotal { get; set; }

    public decimal Revenue { get; set; }

    public bool IsCancelled { get; set; }

    public DateTime OrderedOnUtc { get; set; }

    public DateTime CreatedOnUtc { get; set; }
}
