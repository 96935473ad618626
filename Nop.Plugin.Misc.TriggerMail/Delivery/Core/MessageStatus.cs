namespace Nop.Plugin.Misc.TriggerMail.Delivery.Core;

public enum MessageStatus
{
    Pending = 0,
    Sending = 10,
    Sent = 20,
    Failed = 30,
    Suppressed = 40
}
