namespace Nop.Plugin.Misc.TriggerMail.Engine;

public enum SuppressionReason
{
    Unsubscribed = 10,
    HardBounce = 20,
    Complaint = 30,
    Manual = 40
}
