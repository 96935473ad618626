namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// Where the endpoints hand an accepted open or click: the buffer when it has room, otherwise a direct write in the
/// request, so a full buffer slows requests down instead of dropping events.
/// </summary>
public class TrackingEventSink
{
    private readonly TrackingEventBuffer _buffer;
    private readonly TrackingEventWriter _writer;

    public TrackingEventSink(TrackingEventBuffer buffer, TrackingEventWriter writer)
    {
        _buffer = buffer;
        _writer = writer;
    }

    public async Task AddAsync(PendingTrackingEvent pending)
    {
        if (!_buffer.TryAdd(pending))
            await _writer.WriteAsync([pending]);
    }
}
