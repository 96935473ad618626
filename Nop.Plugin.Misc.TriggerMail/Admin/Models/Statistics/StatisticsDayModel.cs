using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;

/// <summary>One day of the chart: messages delivered, unique human opens, unique clicks, orders and revenue.</summary>
public record StatisticsDayModel : BaseNopModel
{
    /// <summary>yyyy-MM-dd (UTC day).</summary>
    public string Day { get; set; }

    public int Sent { get; set; }

    public int Opens { get; set; }

    public int Clicks { get; set; }

    public int Orders { get; set; }

    public decimal Revenue { get; set; }
}
