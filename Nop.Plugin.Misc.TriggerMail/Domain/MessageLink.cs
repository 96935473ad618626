using Nop.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// A link of a sent message, by position. A click token names only (message, position), so a redirect can
/// only ever go to a URL stored here: the tracking endpoint is never an open redirect.
/// </summary>
public class MessageLink : BaseEntity
{
    public int MessageId { get; set; }

    public int LinkIndex { get; set; }

    public string Url { get; set; }
}
