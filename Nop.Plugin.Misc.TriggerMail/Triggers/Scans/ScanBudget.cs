namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// How much one scan run may do: pages of <see cref="BatchSize"/> rows while the run's time budget lasts.
/// </summary>
public sealed class ScanBudget
{
    private readonly TimeProvider _timeProvider;
    private readonly long _startedAt;
    private readonly TimeSpan _budget;

    public ScanBudget(TimeProvider timeProvider, int batchSize, TimeSpan budget)
    {
        _timeProvider = timeProvider;
        _startedAt = timeProvider.GetTimestamp();
        BatchSize = Math.Max(1, batchSize);
        _budget = budget > TimeSpan.Zero ? budget : TimeSpan.FromSeconds(60);
    }

    public int BatchSize { get; }

    public bool HasTime => _timeProvider.GetElapsedTime(_startedAt) < _budget;
}
