namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

public enum InboxItemStatus
{
    Pending = 0,
    Processed = 10,
    Skipped = 20,
    Failed = 30
}
