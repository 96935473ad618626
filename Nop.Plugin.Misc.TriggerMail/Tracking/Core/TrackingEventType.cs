namespace Nop.Plugin.Misc.TriggerMail.Tracking.Core;

public enum TrackingEventType
{
    Open = 10,
    Click = 20,
    Unsubscribe = 30,
    Bounce = 40,
    Complaint = 50,
    Conversion = 60
}
