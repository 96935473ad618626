namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

/// <summary>
/// One variant's counts for A/B decisions: recipients, and unique human opens, unique clicks and orders among them.
/// </summary>
public sealed record VariantFigures(string Key, int Recipients, int UniqueHumanOpens, int UniqueClicks, int Orders)
{
    /// <summary>A variant nobody has received yet.</summary>
    public static VariantFigures None(string key) => new(key, Recipients: 0, UniqueHumanOpens: 0, UniqueClicks: 0, Orders: 0);

    public int Conversions(AbTestMetric metric) => metric switch
    {
        AbTestMetric.Orders => Orders,
        AbTestMetric.Clicks => UniqueClicks,
        AbTestMetric.Opens => UniqueHumanOpens,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown A/B test metric.")
    };
}
