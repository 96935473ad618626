using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// Prepares a rendered message for tracking just before delivery: links become signed redirects (their URLs
/// stored by position) and the open pixel is added. Idempotent per message, so a retried send stores the same links.
/// </summary>
public class MessageTracking
{
    private readonly TrackingLinkCache _linkCache;
    private readonly IRepository<MessageLink> _linkRepository;
    private readonly TriggerMailSettings _settings;
    private readonly StoreSettings _storeSettings;

    public MessageTracking(TrackingLinkCache linkCache, IRepository<MessageLink> linkRepository, TriggerMailSettings settings, StoreSettings storeSettings)
    {
        _linkCache = linkCache;
        _linkRepository = linkRepository;
        _settings = settings;
        _storeSettings = storeSettings;
    }

    /// <param name="scenarioTracks">The scenario's own switch; the store's one is in its settings.</param>
    public async Task<string> PrepareAsync(Message message, string html, string storeUrl, bool scenarioTracks)
    {
        ArgumentNullException.ThrowIfNull(message);
        var storeTracks = (await _storeSettings.ForStoreAsync(message.StoreId)).TrackingEnabled;
        return await PrepareAsync(message.Id, message.MessageGuid, html, storeUrl, storeTracks && scenarioTracks);
    }

    /// <param name="tracks">Whether this message is tracked: the caller has checked its store's and its scenario's switches.</param>
    public async Task<string> PrepareAsync(int messageId, Guid messageGuid, string html, string storeUrl, bool tracks)
    {
        if (!tracks)
            return html;

        var urls = new TrackingUrls(new TrackingTokenCodec(_settings.TokenSecret), storeUrl);
        var rewritten = LinkRewriter.Rewrite(html, index => urls.Click(messageId, messageGuid, index), urls.Open(messageId, messageGuid));

        await _linkRepository.DeleteAsync(link => link.MessageId == messageId);
        if (rewritten.Links.Count > 0)
        {
            await _linkRepository.InsertAsync(rewritten.Links
                .Select((url, index) => new MessageLink { MessageId = messageId, LinkIndex = index, Url = Text.Truncate(url, TriggerMailDefaults.UrlLength) })
                .ToList(), publishEvent: false);
        }

        _linkCache.Forget([messageId]);

        return rewritten.Html;
    }
}
