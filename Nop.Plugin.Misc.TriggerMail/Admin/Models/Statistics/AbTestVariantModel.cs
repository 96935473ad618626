using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;

/// <param name="Confidence">Probability to be best (Bayesian rule), or the leader's 1 − p (z-test; 0 for the others).</param>
public record AbTestVariantModel : BaseNopModel
{
    public string Key { get; set; }

    public int TemplateId { get; set; }

    public int Weight { get; set; }

    public int Recipients { get; set; }

    public int UniqueHumanOpens { get; set; }

    public int UniqueClicks { get; set; }

    public int Orders { get; set; }

    public double ConversionRate { get; set; }

    public double Confidence { get; set; }

    public bool IsLeader { get; set; }

    public bool IsPromoted { get; set; }
}
