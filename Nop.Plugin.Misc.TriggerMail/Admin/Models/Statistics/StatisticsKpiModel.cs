using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;

/// <summary>
/// The headline figures of a period. <see cref="Sent"/> counts messages handed to the mail server (delivered plus
/// failed); <see cref="Delivered"/> those it accepted, the denominator of the rates. Incremental figures compare
/// with the holdout group at its own rate and are 0 without one.
/// </summary>
public record StatisticsKpiModel : BaseNopModel
{
    public int Recipients { get; set; }

    public int Sent { get; set; }

    public int Delivered { get; set; }

    public int Failed { get; set; }

    public int Suppressed { get; set; }

    public int UniqueHumanOpens { get; set; }

    public double HumanOpenRate { get; set; }

    public int UniqueClicks { get; set; }

    public double ClickRate { get; set; }

    public double ClickToOpenRate { get; set; }

    public int Unsubscribes { get; set; }

    public int Orders { get; set; }

    public decimal Revenue { get; set; }

    public decimal RevenuePerRecipient { get; set; }

    public int HoldoutRecipients { get; set; }

    public int HoldoutOrders { get; set; }

    public double IncrementalOrders { get; set; }

    public decimal IncrementalRevenue { get; set; }

    public bool HasHoldout { get; set; }

    /// <summary>The values as the cards show them, by card key.</summary>
    public IList<StatisticsKpiCardModel> Cards { get; set; } = new List<StatisticsKpiCardModel>();
}
