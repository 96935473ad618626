namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>The request facts the tracking endpoints pass on.</summary>
public sealed record TrackingVisit(string Token, string UserAgent, string IpAddress);
