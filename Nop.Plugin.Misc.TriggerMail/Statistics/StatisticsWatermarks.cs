namespace Nop.Plugin.Misc.TriggerMail.Statistics;

public static class StatisticsWatermarks
{
    /// <summary>The last order id considered for attribution.</summary>
    public const string AttributedOrders = "statistics.orders";

    /// <summary>The last tracking event id counted in the daily rollup; raw events at or below it may be pruned.</summary>
    public const string RolledUpEvents = "statistics.events";
}
