using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;

/// <summary>
/// A statistics page (overall when <see cref="ScenarioId"/> is 0, else one scenario) for one period; the page's
/// script receives the same model as JSON when the admin switches the period.
/// </summary>
public record StatisticsModel : BaseNopModel
{
    public int ScenarioId { get; set; }

    public string ScenarioName { get; set; }

    public string ScenarioStatus { get; set; }

    /// <summary>yyyy-MM-dd, inclusive.</summary>
    public string From { get; set; }

    /// <summary>yyyy-MM-dd, inclusive.</summary>
    public string To { get; set; }

    public int? Days { get; set; }

    public StatisticsFilterModel Filter { get; set; } = new();

    public StatisticsKpiModel Kpis { get; set; } = new();

    public IList<StatisticsDayModel> Series { get; set; } = new List<StatisticsDayModel>();

    public IList<StepFunnelModel> Funnel { get; set; } = new List<StepFunnelModel>();

    public IList<AbTestModel> AbTests { get; set; } = new List<AbTestModel>();

    public IList<ScenarioStatisticsRowModel> Scenarios { get; set; } = new List<ScenarioStatisticsRowModel>();

    public IList<SelectListItem> AvailableScenarios { get; set; } = new List<SelectListItem>();

    public string DailyCsvUrl { get; set; }

    public string StepsCsvUrl { get; set; }
}
