namespace Nop.Plugin.Misc.TriggerMail.Tracking.Core;

/// <summary>
/// What an open or click token names: a message (its id and guid) and, for clicks, the position of the link in it.
/// Tokens in emails sent before ids were added carry only the guid: their <see cref="MessageId"/> is 0.
/// </summary>
public sealed record TrackingToken(int MessageId, Guid MessageGuid, int LinkIndex)
{
    public bool HasMessageId => MessageId > 0;
}
