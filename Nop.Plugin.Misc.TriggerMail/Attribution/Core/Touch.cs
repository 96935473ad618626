using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Attribution.Core;

/// <summary>A customer's engagement with one message, as attribution sees it.</summary>
public sealed record Touch(int MessageId, TrackingEventType EventType, DateTime OccurredOnUtc, bool IsMachine);
