namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// A run's size and time allowance. Time is real elapsed time (the host's task lock is), capped at 299 s so a
/// run always ends before another server may start the same task.
/// </summary>
public sealed class ChainRunBudget
{
    public const int MaxSeconds = 299;

    private readonly TimeProvider _timeProvider;
    private readonly long _started;
    private readonly TimeSpan _allowed;

    public ChainRunBudget(TimeProvider timeProvider, int seconds, int batchSize)
    {
        _timeProvider = timeProvider;
        _started = timeProvider.GetTimestamp();
        _allowed = TimeSpan.FromSeconds(Math.Clamp(seconds, 1, MaxSeconds));
        BatchSize = Math.Max(1, batchSize);
    }

    public int BatchSize { get; }

    public bool IsExhausted => _timeProvider.GetElapsedTime(_started) >= _allowed;
}
