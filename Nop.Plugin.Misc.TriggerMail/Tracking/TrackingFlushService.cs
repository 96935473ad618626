using Microsoft.Extensions.Hosting;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>
/// The background writer of buffered opens and clicks: waits for an event, flushes, then pauses briefly so the next
/// flush carries a batch rather than one row. On shutdown it writes what is left. A failed write is logged by the
/// flusher and retried after a longer pause; nothing here may stop the host.
/// </summary>
public class TrackingFlushService : BackgroundService
{
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    public static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(5);

    private readonly TrackingEventBuffer _buffer;
    private readonly TrackingEventFlusher _flusher;

    public TrackingFlushService(TrackingEventBuffer buffer, TrackingEventFlusher flusher)
    {
        _buffer = buffer;
        _flusher = flusher;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await _flusher.FlushAsync(CancellationToken.None);
        }
        catch (Exception)
        {
            // Logged by the flusher; the host is going down and there is no later try.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _buffer.WaitAsync(stoppingToken);
                await _flusher.FlushAsync(CancellationToken.None);
                await Task.Delay(Pause, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // Logged by the flusher, which keeps the batch for the next try.
                await PauseAsync(RetryPause, stoppingToken);
            }
        }
    }

    private static async Task PauseAsync(TimeSpan pause, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(pause, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
