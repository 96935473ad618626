namespace Nop.Plugin.Misc.TriggerMail.Engine.Tracking;

/// <summary>A customer's engagement with one message, as attribution sees it.</summary>
public sealed record Touch(int MessageId, TrackingEventType EventType, DateTime OccurredOnUtc, bool IsMachine);
