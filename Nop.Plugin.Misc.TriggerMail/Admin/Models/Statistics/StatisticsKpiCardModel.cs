using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;

/// <param name="Key">Names the card and its title resource (Plugins.Misc.TriggerMail.Statistics.Kpi.{Key}).</param>
public record StatisticsKpiCardModel : BaseNopModel
{
    public string Key { get; set; }

    public string Value { get; set; }

    public string Note { get; set; }

    public string Icon { get; set; }
}
