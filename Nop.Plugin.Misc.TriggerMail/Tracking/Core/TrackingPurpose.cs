namespace Nop.Plugin.Misc.TriggerMail.Tracking.Core;

/// <summary>Part of the signed data, so a token minted for one purpose is refused for another.</summary>
public enum TrackingPurpose : byte
{
    Open = 1,
    Click = 2
}
