using Nop.Plugin.Misc.TriggerMail.Common.Core;

namespace Nop.Plugin.Misc.TriggerMail.Delivery.Core;

/// <summary>
/// The one table of allowed message status moves. Only a claimed Pending message becomes Sending; a send ends Sent,
/// Failed, Suppressed (held by compliance) or Pending again (a transient failure to retry). A message left Sending
/// by a crash becomes Failed, never Pending: whether it left is unknown. Sent, Failed and Suppressed are final.
/// </summary>
public static class MessageMoves
{
    private static readonly MoveTable<MessageStatus> Table = new(
        (MessageStatus.Pending, MessageStatus.Sending),
        (MessageStatus.Sending, MessageStatus.Sent),
        (MessageStatus.Sending, MessageStatus.Pending),
        (MessageStatus.Sending, MessageStatus.Failed),
        (MessageStatus.Sending, MessageStatus.Suppressed));

    public static bool IsAllowed(MessageStatus from, MessageStatus to) => Table.IsAllowed(from, to);

    public static bool IsFinal(MessageStatus status) => Table.IsFinal(status);
}
