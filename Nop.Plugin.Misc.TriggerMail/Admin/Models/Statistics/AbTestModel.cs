using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;

/// <summary>
/// Where one send step's A/B test stands, over the whole test (every day, every version of the step): the rule, the
/// leader and its confidence against the target, the smallest variant's recipients against the minimum.
/// </summary>
public record AbTestModel : BaseNopModel
{
    public string StepKey { get; set; }

    public string StepName { get; set; }

    public string State { get; set; }

    public string Metric { get; set; }

    public string Method { get; set; }

    public double TargetConfidence { get; set; }

    public int MinRecipientsPerVariant { get; set; }

    public bool AutoPromote { get; set; }

    public string LeaderKey { get; set; }

    public double LeaderConfidence { get; set; }

    /// <summary>Share of the minimum recipients the smallest variant has reached (0..1).</summary>
    public double Progress { get; set; }

    public int SmallestVariantRecipients { get; set; }

    public string PromotedVariantKey { get; set; }

    /// <summary>Why the test could not be evaluated (its stored settings are invalid); the figures are then empty.</summary>
    public string Error { get; set; }

    public IList<AbTestVariantModel> Variants { get; set; } = new List<AbTestVariantModel>();
}
