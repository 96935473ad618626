namespace Nop.Plugin.Misc.TriggerMail.Engine.Analytics;

/// <summary>What an A/B test optimises, per recipient. Persisted as int.</summary>
public enum AbTestMetric
{
    Orders = 0,
    Clicks = 10,
    Opens = 20
}
