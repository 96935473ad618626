namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>One day's totals from the daily rollup, summed over the steps and variants (and scenarios) asked for.</summary>
public sealed record DailyFigures
{
    public DateTime Day { get; init; }

    public int Enrolled { get; init; }

    public int HoldoutEnrolled { get; init; }

    public int Sent { get; init; }

    public int Failed { get; init; }

    public int Suppressed { get; init; }

    public int Opens { get; init; }

    public int HumanOpens { get; init; }

    public int UniqueOpens { get; init; }

    public int UniqueHumanOpens { get; init; }

    public int Clicks { get; init; }

    public int UniqueClicks { get; init; }

    public int Unsubscribes { get; init; }

    public int Orders { get; init; }

    public decimal Revenue { get; init; }

    public int HoldoutOrders { get; init; }

    public decimal HoldoutRevenue { get; init; }
}
