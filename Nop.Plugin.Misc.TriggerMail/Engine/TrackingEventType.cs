namespace Nop.Plugin.Misc.TriggerMail.Engine;

public enum TrackingEventType
{
    Open = 10,
    Click = 20,
    Unsubscribe = 30,
    Bounce = 40,
    Complaint = 50,
    Conversion = 60
}
