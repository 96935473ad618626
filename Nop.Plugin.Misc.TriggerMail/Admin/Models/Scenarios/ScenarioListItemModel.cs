using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>One row of the scenario list: figures come from enrollments and the daily rollup, never raw events.</summary>
public record ScenarioListItemModel : BaseNopEntityModel
{
    public string Name { get; set; }

    public string TriggerName { get; set; }

    public int StatusId { get; set; }

    public string StatusName { get; set; }

    /// <summary>The badge's CSS class for the status.</summary>
    public string StatusCss { get; set; }

    public string StoreName { get; set; }

    public int EnrolledNow { get; set; }

    public int SentLast7Days { get; set; }

    public int OrdersLast30Days { get; set; }

    public decimal RevenueLast30Days { get; set; }

    public string RevenueLast30DaysText { get; set; }
}
