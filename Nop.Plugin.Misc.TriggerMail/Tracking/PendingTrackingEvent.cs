using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// An open or click accepted by the endpoints and not yet written: the message as its signed token named it and the
/// request's facts. Whether it was a machine is decided when it is written, next to the clicks before it.
/// </summary>
public sealed record PendingTrackingEvent(
    int MessageId,
    Guid MessageGuid,
    TrackingEventType EventType,
    DateTime OccurredOnUtc,
    string Url,
    string UserAgent,
    string IpAddress);
