namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

/// <summary>
/// Totals for a scenario, step or variant over a period, and the rates derived from them. Rates use unique
/// human events over delivered messages; a zero denominator gives 0, never NaN.
/// </summary>
public sealed record EngagementFigures
{
    public int Recipients { get; init; }

    public int Sent { get; init; }

    public int Failed { get; init; }

    public int Suppressed { get; init; }

    public int UniqueHumanOpens { get; init; }

    public int UniqueOpens { get; init; }

    public int UniqueClicks { get; init; }

    public int Unsubscribes { get; init; }

    public int Orders { get; init; }

    public decimal Revenue { get; init; }

    public int HoldoutRecipients { get; init; }

    public int HoldoutOrders { get; init; }

    public decimal HoldoutRevenue { get; init; }

    public double HumanOpenRate => Ratio(UniqueHumanOpens, Sent);

    public double ClickRate => Ratio(UniqueClicks, Sent);

    public double ClickToOpenRate => Ratio(UniqueClicks, UniqueHumanOpens);

    public double UnsubscribeRate => Ratio(Unsubscribes, Sent);

    public double ConversionRate => Ratio(Orders, Recipients);

    public decimal RevenuePerRecipient => Recipients == 0 ? 0 : Revenue / Recipients;

    public double HoldoutConversionRate => Ratio(HoldoutOrders, HoldoutRecipients);

    /// <summary>Orders above what the recipients would have placed at the holdout's rate; 0 without a holdout.</summary>
    public double IncrementalOrders => HoldoutRecipients == 0 ? 0 : Orders - HoldoutConversionRate * Recipients;

    /// <summary>Revenue above what the recipients would have spent at the holdout's revenue per customer.</summary>
    public decimal IncrementalRevenue => HoldoutRecipients == 0 ? 0 : Revenue - HoldoutRevenue / HoldoutRecipients * Recipients;

    private static double Ratio(double part, double whole) => whole == 0 ? 0 : part / whole;
}
