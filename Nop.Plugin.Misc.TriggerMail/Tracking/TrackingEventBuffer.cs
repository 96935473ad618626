using System.Threading.Channels;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// Opens and clicks waiting to be written in batches by <see cref="TrackingEventFlusher"/>, so a request does not
/// wait for its own insert. Bounded: when it is full, <see cref="TryAdd"/> refuses and the request writes its
/// event itself. Events here are in memory only: a crash loses at most what was accepted since the last flush.
/// </summary>
public class TrackingEventBuffer
{
    public const int DefaultCapacity = 10_000;

    private readonly Channel<PendingTrackingEvent> _channel;

    public TrackingEventBuffer(int capacity = DefaultCapacity)
    {
        if (capacity < 1)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The tracking buffer needs room for at least one event.");

        Capacity = capacity;
        _channel = Channel.CreateBounded<PendingTrackingEvent>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true
        });
    }

    public int Capacity { get; }

    public int Count => _channel.Reader.Count;

    /// <returns>False when the buffer is full: the caller must write the event itself.</returns>
    public bool TryAdd(PendingTrackingEvent pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        return _channel.Writer.TryWrite(pending);
    }

    /// <summary>Takes up to <paramref name="max"/> events, oldest first.</summary>
    public IReadOnlyList<PendingTrackingEvent> Take(int max)
    {
        var batch = new List<PendingTrackingEvent>(Math.Min(max, Count));
        while (batch.Count < max && _channel.Reader.TryRead(out var pending))
            batch.Add(pending);
        return batch;
    }

    /// <summary>Completes when an event is waiting (or the token is cancelled).</summary>
    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _channel.Reader.WaitToReadAsync(cancellationToken);
}
