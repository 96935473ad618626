using Nop.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// Incremental daily rollup per scenario, step and A/B variant, so admin pages never scan raw events.
/// Empty <see cref="StepKey"/> / <see cref="VariantKey"/> rows hold scenario-level figures.
/// </summary>
public class DailyStat : BaseEntity
{
    public DateTime Day { get; set; }

    public int ScenarioId { get; set; }

    public string StepKey { get; set; }

    public string VariantKey { get; set; }

    public int Enrolled { get; set; }

    public int HoldoutEnrolled { get; set; }

    public int Sent { get; set; }

    public int Failed { get; set; }

    public int Suppressed { get; set; }

    public int Opens { get; set; }

    public int HumanOpens { get; set; }

    public int UniqueOpens { get; set; }

    public int UniqueHumanOpens { get; set; }

    public int Clicks { get; set; }

    public int UniqueClicks { get; set; }

    public int Unsubscribes { get; set; }

    public int Orders { get; set; }

    public decimal Revenue { get; set; }

    public int HoldoutOrders { get; set; }

    public decimal HoldoutRevenue { get; set; }
}
