using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;

/// <summary>One scenario's line in the overall page's table.</summary>
public record ScenarioStatisticsRowModel : BaseNopModel
{
    public int ScenarioId { get; set; }

    public string Name { get; set; }

    public string Status { get; set; }

    public int Sent { get; set; }

    public int Delivered { get; set; }

    public double HumanOpenRate { get; set; }

    public double ClickRate { get; set; }

    public int Unsubscribes { get; set; }

    public int Orders { get; set; }

    public decimal Revenue { get; set; }

    public decimal IncrementalRevenue { get; set; }

    public bool HasHoldout { get; set; }
}
