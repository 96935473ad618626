using Microsoft.Extensions.DependencyInjection;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// Moves buffered opens and clicks to the table in batches of <see cref="BatchSize"/>, each in one insert of its own
/// scope. One flush at a time. A batch that fails to write is kept and tried first at the next flush, never dropped.
/// </summary>
public class TrackingEventFlusher
{
    public const int BatchSize = 500;

    private readonly TrackingEventBuffer _buffer;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IServiceScopeFactory _scopeFactory;
    private IReadOnlyList<PendingTrackingEvent> _failed = [];

    public TrackingEventFlusher(TrackingEventBuffer buffer, IServiceScopeFactory scopeFactory)
    {
        _buffer = buffer;
        _scopeFactory = scopeFactory;
    }

    /// <summary>Writes everything buffered when the flush started (and the batch that failed last time).</summary>
    /// <returns>How many events were written; stops at the first batch that fails, keeping it.</returns>
    public async Task<int> FlushAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var written = 0;
            var remaining = _buffer.Count;
            while (true)
            {
                if (_failed.Count == 0)
                {
                    _failed = remaining > 0 ? _buffer.Take(Math.Min(BatchSize, remaining)) : [];
                    remaining -= _failed.Count;
                    if (_failed.Count == 0)
                        break;
                }

                written += await WriteAsync(_failed);
                _failed = [];
            }

            return written;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A flush for callers that must go on either way (an erase, the statistics run): a failure is logged
    /// and its batch kept by <see cref="FlushAsync"/>, so there is nothing more to do about it here.</summary>
    public async Task TryFlushAsync()
    {
        try
        {
            await FlushAsync();
        }
        catch (Exception)
        {
            // Logged, and the batch kept for the next flush.
        }
    }

    private async Task<int> WriteAsync(IReadOnlyList<PendingTrackingEvent> batch)
    {
        await using var scope = _scopeFactory.CreateAsyncScope();
        try
        {
            return await scope.ServiceProvider.GetRequiredService<TrackingEventWriter>().WriteAsync(batch);
        }
        catch (Exception exception)
        {
            await scope.ServiceProvider.GetRequiredService<ILogger>()
                .WarningAsync($"Trigger mail: {batch.Count} opens and clicks could not be written; they are kept for the next try", exception);
            throw;
        }
    }
}
