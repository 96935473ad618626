namespace Nop.Plugin.Misc.TriggerMail.Tracking.Core;

/// <summary>
/// What the classifier knows about an open or click: who asked, how long after the message was sent, and how
/// many other links of the same message were requested just before.
/// </summary>
public sealed record TrackingRequest(
    TrackingEventType EventType,
    string UserAgent,
    string IpAddress,
    TimeSpan SinceSent,
    int OtherClicksInBurst);
