namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

/// <summary>What an A/B test optimises, per recipient. Persisted as int.</summary>
public enum AbTestMetric
{
    Orders = 0,
    Clicks = 10,
    Opens = 20
}
