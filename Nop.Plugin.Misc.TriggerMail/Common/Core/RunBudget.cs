namespace Nop.Plugin.Misc.TriggerMail.Common.Core;

/// <summary>
/// How much one scheduled run may do: pages of <see cref="BatchSize"/> rows while its time lasts. Every task
/// (scanners, chains, delivery, statistics) takes one, so the rule "a run ends before the host's task lock
/// does" lives here only. Time is elapsed time from <see cref="TimeProvider.GetTimestamp"/>, as the lock's is:
/// moving the wall clock neither stretches nor cuts a run.
/// </summary>
public sealed class RunBudget
{
    /// <summary>
    /// The host's task lock lasts at most 299 s and every server of a web farm runs the scheduler; a run must end
    /// before the lock expires and another server starts the same task, so a second is left for the last write.
    /// Whatever the settings say, no run is allowed more.
    /// </summary>
    public const int MaxSeconds = 298;

    private readonly TimeProvider _timeProvider;
    private readonly long _started;

    public RunBudget(TimeProvider timeProvider, int seconds, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _started = timeProvider.GetTimestamp();
        Allowed = TimeSpan.FromSeconds(Math.Clamp(seconds, 1, MaxSeconds));
        BatchSize = Math.Max(1, batchSize);
    }

    /// <summary>The most rows one page of the run reads or writes (at least one).</summary>
    public int BatchSize { get; }

    /// <summary>The run's time: the configured seconds, between one second and <see cref="MaxSeconds"/>.</summary>
    public TimeSpan Allowed { get; }

    public bool IsExhausted => _timeProvider.GetElapsedTime(_started) >= Allowed;

    public bool HasTime => !IsExhausted;
}
