using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine.Tracking;

namespace Nop.Plugin.Misc.TriggerMail.Services.Tracking;

/// <summary>
/// Prepares a rendered message for tracking just before delivery: links become signed redirects (their URLs
/// stored by position) and the open pixel is added. Idempotent per message, so a retried send stores the same links.
/// </summary>
public class MessageTracking
{
    private readonly TrackingLinkCache _linkCache;
    private readonly IRepository<MessageLink> _linkRepository;
    private readonly TriggerMailSettings _settings;

    public MessageTracking(TrackingLinkCache linkCache, IRepository<MessageLink> linkRepository, TriggerMailSettings settings)
    {
        _linkCache = linkCache;
        _linkRepository = linkRepository;
        _settings = settings;
    }

    /// <param name="scenarioTracks">The scenario's own switch; the global one is in settings.</param>
    public Task<string> PrepareAsync(Message message, string html, string storeUrl, bool scenarioTracks)
    {
        ArgumentNullException.ThrowIfNull(message);
        return PrepareAsync(message.Id, message.MessageGuid, html, storeUrl, scenarioTracks);
    }

    /// <param name="scenarioTracks">The scenario's own switch; the global one is in settings.</param>
    public async Task<string> PrepareAsync(int messageId, Guid messageGuid, string html, string storeUrl, bool scenarioTracks)
    {
        if (!_settings.TrackingEnabled || !scenarioTracks)
            return html;

        var urls = new TrackingUrls(new TrackingTokenCodec(_settings.TokenSecret), storeUrl);
        var rewritten = LinkRewriter.Rewrite(html, index => urls.Click(messageId, messageGuid, index), urls.Open(messageId, messageGuid));

        await _linkRepository.DeleteAsync(link => link.MessageId == messageId);
        if (rewritten.Links.Count > 0)
        {
            await _linkRepository.InsertAsync(rewritten.Links
                .Select((url, index) => new MessageLink { MessageId = messageId, LinkIndex = index, Url = Truncate(url) })
                .ToList(), publishEvent: false);
        }

        _linkCache.Forget([messageId]);

        return rewritten.Html;
    }

    private static string Truncate(string url) =>
        url.Length <= TriggerMailDefaults.UrlLength ? url : throw new ArgumentException($"A link is longer than {TriggerMailDefaults.UrlLength} characters: {url[..80]}…");
}
