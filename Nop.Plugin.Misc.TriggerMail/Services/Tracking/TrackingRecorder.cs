using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Plugin.Misc.TriggerMail.Engine.Tracking;
using Nop.Plugin.Misc.TriggerMail.Services;

namespace Nop.Plugin.Misc.TriggerMail.Services.Tracking;

/// <summary>
/// Turns open-pixel and click requests into tracking events. Unknown or forged tokens record nothing; a click
/// resolves only to the URL stored for that message and position. Machine-made events are kept, flagged.
/// </summary>
public class TrackingRecorder
{
    private static readonly TimeSpan _burstWindow = TimeSpan.FromSeconds(5);

    private readonly MachineTrafficClassifier _classifier;
    private readonly IRepository<MessageLink> _linkRepository;
    private readonly IRepository<Message> _messageRepository;
    private readonly TriggerMailSettings _settings;
    private readonly StoreSettings _storeSettings;
    private readonly TimeProvider _timeProvider;
    private readonly IRepository<TrackingEvent> _trackingEventRepository;

    public TrackingRecorder(MachineTrafficClassifier classifier,
        IRepository<MessageLink> linkRepository,
        IRepository<Message> messageRepository,
        TriggerMailSettings settings,
        TimeProvider timeProvider,
        IRepository<TrackingEvent> trackingEventRepository,
        StoreSettings storeSettings)
    {
        _storeSettings = storeSettings;
        _classifier = classifier;
        _linkRepository = linkRepository;
        _messageRepository = messageRepository;
        _settings = settings;
        _timeProvider = timeProvider;
        _trackingEventRepository = trackingEventRepository;
    }

    /// <returns>Whether an open was recorded.</returns>
    public async Task<bool> RecordOpenAsync(TrackingVisit visit)
    {
        var message = await FindMessageAsync(TrackingPurpose.Open, visit);
        if (message is null)
            return false;

        await RecordAsync(message.Value.Message, TrackingEventType.Open, visit, url: null);
        return true;
    }

    /// <returns>The stored URL to redirect to, or null when the token is unknown, forged or names no stored link.</returns>
    public async Task<string> ResolveClickAsync(TrackingVisit visit)
    {
        var found = await FindMessageAsync(TrackingPurpose.Click, visit);
        if (found is not var (message, linkIndex))
            return null;

        var url = _linkRepository.Table
            .Where(link => link.MessageId == message.Id && link.LinkIndex == linkIndex)
            .Select(link => link.Url)
            .FirstOrDefault();
        if (url is null)
            return null;

        await RecordAsync(message, TrackingEventType.Click, visit, url);
        return url;
    }

    private Task<(Message Message, int LinkIndex)?> FindMessageAsync(TrackingPurpose purpose, TrackingVisit visit)
    {
        if (visit is null || string.IsNullOrEmpty(_settings.TokenSecret)
            || !new TrackingTokenCodec(_settings.TokenSecret).TryDecode(purpose, visit.Token, out var token))
            return Task.FromResult<(Message, int)?>(null);

        var message = _messageRepository.Table.FirstOrDefault(m => m.MessageGuid == token.MessageGuid);
        return Task.FromResult(message is null ? null : ((Message, int)?)(message, token.LinkIndex));
    }

    private async Task RecordAsync(Message message, TrackingEventType type, TrackingVisit visit, string url)
    {
        // An erased customer's message (its address is gone) records nothing: an event would bring back an IP and agent.
        if (string.IsNullOrEmpty(message.ToEmail) || !(await _storeSettings.ForStoreAsync(message.StoreId)).TrackingEnabled)
            return;

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var recentClicks = type == TrackingEventType.Click
            ? _trackingEventRepository.Table.Count(e => e.MessageId == message.Id && e.EventTypeId == (int)TrackingEventType.Click && e.OccurredOnUtc >= now - _burstWindow)
            : 0;
        var sinceSent = message.SentOnUtc is { } sent ? now - DateTime.SpecifyKind(sent, DateTimeKind.Utc) : TimeSpan.MaxValue;
        var verdict = _classifier.Classify(new TrackingRequest(type, visit.UserAgent, visit.IpAddress, sinceSent, recentClicks));

        await _trackingEventRepository.InsertAsync(new TrackingEvent
        {
            MessageId = message.Id,
            EventType = type,
            OccurredOnUtc = now,
            Url = url,
            IsMachine = verdict.IsMachine,
            IpAddress = Limit(visit.IpAddress, 100),
            UserAgent = Limit(visit.UserAgent, 1000)
        }, publishEvent: false);
    }

    private static string Limit(string value, int length) => value is null || value.Length <= length ? value : value[..length];
}
