namespace Nop.Plugin.Misc.TriggerMail.Compliance.Core;

public enum SuppressionReason
{
    Unsubscribed = 10,
    HardBounce = 20,
    Complaint = 30,
    Manual = 40
}
