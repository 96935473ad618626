namespace Nop.Plugin.Misc.TriggerMail.Engine;

public enum InboxItemStatus
{
    Pending = 0,
    Processed = 10,
    Skipped = 20,
    Failed = 30
}
