using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// What a verified token leads to: the message id (carried by the token, or found by guid for older emails) and the
/// URL stored for a link position, read through <see cref="TrackingLinkCache"/>. A URL is only ever one stored for
/// the message whose id and guid the token names.
/// </summary>
public class TrackedMessageLookup
{
    private readonly TrackingLinkCache _cache;
    private readonly IRepository<MessageLink> _linkRepository;
    private readonly IRepository<Message> _messageRepository;

    public TrackedMessageLookup(TrackingLinkCache cache, IRepository<MessageLink> linkRepository, IRepository<Message> messageRepository)
    {
        _cache = cache;
        _linkRepository = linkRepository;
        _messageRepository = messageRepository;
    }

    /// <returns>The message's id, or 0 when a guid-only token names no message.</returns>
    public Task<int> MessageIdAsync(TrackingToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.HasMessageId)
            return Task.FromResult(token.MessageId);
        if (_cache.TryGetMessageId(token.MessageGuid, out var cached))
            return Task.FromResult(cached);

        var id = _messageRepository.Table.Where(m => m.MessageGuid == token.MessageGuid).Select(m => m.Id).FirstOrDefault();
        if (id > 0)
            _cache.SetMessageId(token.MessageGuid, id);
        return Task.FromResult(id);
    }

    /// <returns>The message id and the stored URL, or a null URL when the message has no link at that position.</returns>
    public async Task<(int MessageId, string Url)> UrlAsync(TrackingToken token)
    {
        var messageId = await MessageIdAsync(token);
        if (messageId == 0)
            return (0, null);

        if (!_cache.TryGetUrls(messageId, token.MessageGuid, out var urls))
        {
            urls = (from link in _linkRepository.Table
                    join message in _messageRepository.Table on link.MessageId equals message.Id
                    where message.Id == messageId && message.MessageGuid == token.MessageGuid
                    select new { link.LinkIndex, link.Url })
                .ToList()
                .ToDictionary(link => link.LinkIndex, link => link.Url);
            _cache.SetUrls(messageId, token.MessageGuid, urls);
        }

        return (messageId, urls.GetValueOrDefault(token.LinkIndex));
    }
}
