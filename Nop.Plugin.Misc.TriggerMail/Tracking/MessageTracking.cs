using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// Decides whether a message is tracked (<see cref="TrackingDecision"/> over the install's, the store's and the
/// scenario's switches) and prepares a rendered tracked message just before delivery: links become signed redirects
/// (their URLs stored by position) and the open pixel is added. Idempotent per message, so a retried send stores the same links.
/// </summary>
public class MessageTracking
{
    private readonly TrackingLinkCache _linkCache;
    private readonly IRepository<MessageLink> _linkRepository;
    private readonly TriggerMailSettings _settings;
    private readonly StoreSettings _storeSettings;
    private readonly IRepository<Scenario> _scenarioRepository;

    public MessageTracking(TrackingLinkCache linkCache, IRepository<MessageLink> linkRepository, TriggerMailSettings settings, StoreSettings storeSettings,
        IRepository<Scenario> scenarioRepository)
    {
        _linkCache = linkCache;
        _linkRepository = linkRepository;
        _settings = settings;
        _storeSettings = storeSettings;
        _scenarioRepository = scenarioRepository;
    }

    /// <summary>
    /// Whether the message is tracked, read once when it is composed. A message whose scenario is gone is not tracked:
    /// there is nothing left to count its opens and clicks for.
    /// </summary>
    public async Task<bool> IsTrackedAsync(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var storeTracks = (await _storeSettings.ForStoreAsync(message.StoreId)).TrackingEnabled;
        var scenario = storeTracks && _settings.TrackingEnabled ? await _scenarioRepository.GetByIdAsync(message.ScenarioId) : null;
        return TrackingDecision.IsTracked(_settings.TrackingEnabled, storeTracks, scenario?.TrackingEnabled == true);
    }

    /// <summary>The message's HTML with its links and pixel tracked, or as it was when the message is not tracked.</summary>
    public Task<string> PrepareAsync(Message message, string html, string storeUrl)
    {
        ArgumentNullException.ThrowIfNull(message);
        return PrepareAsync(message.Id, message.MessageGuid, html, storeUrl, message.IsTracked);
    }

    /// <param name="tracks">Whether this message is tracked, as decided when it was composed (<see cref="Message.IsTracked"/>).</param>
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
