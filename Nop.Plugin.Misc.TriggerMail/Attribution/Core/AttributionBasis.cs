namespace Nop.Plugin.Misc.TriggerMail.Attribution.Core;

/// <summary>Which engagement earns an order. Persisted as int.</summary>
public enum AttributionBasis
{
    Click = 0,
    ClickOrOpen = 10
}
