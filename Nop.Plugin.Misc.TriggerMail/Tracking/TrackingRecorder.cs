using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// Turns open-pixel and click requests into tracking events. Unknown or forged tokens record nothing; a click
/// resolves only to the URL stored for that message and position. An open reads nothing from the database (its
/// token carries the message id); events are handed to <see cref="TrackingEventSink"/> and written in batches,
/// where erased, unknown and untracked messages (<see cref="Domain.Message.IsTracked"/>) are dropped and machine-made events flagged.
/// </summary>
public class TrackingRecorder
{
    private readonly TrackedMessageLookup _lookup;
    private readonly TriggerMailSettings _settings;
    private readonly TrackingEventSink _sink;
    private readonly TimeProvider _timeProvider;

    public TrackingRecorder(TrackedMessageLookup lookup, TriggerMailSettings settings, TrackingEventSink sink, TimeProvider timeProvider)
    {
        _lookup = lookup;
        _settings = settings;
        _sink = sink;
        _timeProvider = timeProvider;
    }

    /// <returns>Whether an open was accepted for recording (it is still dropped if its message was erased or is not tracked).</returns>
    public async Task<bool> RecordOpenAsync(TrackingVisit visit)
    {
        if (!TryDecode(TrackingPurpose.Open, visit, out var token))
            return false;

        var messageId = await _lookup.MessageIdAsync(token);
        if (messageId == 0)
            return false;

        await _sink.AddAsync(Pending(messageId, token, TrackingEventType.Open, visit, url: null));
        return true;
    }

    /// <returns>The stored URL to redirect to, or null when the token is unknown, forged or names no stored link.</returns>
    public async Task<string> ResolveClickAsync(TrackingVisit visit)
    {
        if (!TryDecode(TrackingPurpose.Click, visit, out var token))
            return null;

        var (messageId, url) = await _lookup.UrlAsync(token);
        if (url is null)
            return null;

        await _sink.AddAsync(Pending(messageId, token, TrackingEventType.Click, visit, url));
        return url;
    }

    private bool TryDecode(TrackingPurpose purpose, TrackingVisit visit, out TrackingToken token)
    {
        token = null;
        return visit is not null && !string.IsNullOrEmpty(_settings.TokenSecret)
            && new TrackingTokenCodec(_settings.TokenSecret).TryDecode(purpose, visit.Token, out token);
    }

    private PendingTrackingEvent Pending(int messageId, TrackingToken token, TrackingEventType type, TrackingVisit visit, string url) =>
        new(messageId, token.MessageGuid, type, _timeProvider.GetUtcNow().UtcDateTime, url, visit.UserAgent, visit.IpAddress);
}
