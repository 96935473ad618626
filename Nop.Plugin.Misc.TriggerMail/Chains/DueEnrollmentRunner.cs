using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Runs due enrollments in batches (the budget is checked between batches) (transactional first, then cart recovery, then other marketing, oldest due
/// first) until none is due or the budget is spent. One enrollment's failure never stops the others.
/// </summary>
public class DueEnrollmentRunner
{
    private readonly IChainStore _store;
    private readonly EnrollmentProcessor _processor;
    private readonly TimeProvider _timeProvider;

    public DueEnrollmentRunner(IChainStore store, EnrollmentProcessor processor, TimeProvider timeProvider)
    {
        _store = store;
        _processor = processor;
        _timeProvider = timeProvider;
    }

    /// <summary>How many enrollments this run processed.</summary>
    public async Task<int> RunDueAsync(RunBudget budget)
    {
        var seen = new HashSet<int>();
        var processed = 0;
        while (!budget.IsExhausted)
        {
            var due = await _store.GetDueEnrollmentsAsync(_timeProvider.GetUtcNow().UtcDateTime, budget.BatchSize);
            // Still due after this run touched it (a collision being repaired): leave it to the next run.
            var fresh = due.Where(e => !seen.Contains(e.Id)).ToList();
            if (fresh.Count == 0)
                break;

            seen.UnionWith(fresh.Select(e => e.Id));
            processed += await TryProcessAsync(fresh);
        }

        return processed;
    }

    private async Task<int> TryProcessAsync(IReadOnlyList<Enrollment> batch)
    {
        try
        {
            return await _processor.ProcessBatchAsync(batch);
        }
        catch (Exception)
        {
            // The store failed mid-batch. Nothing is lost: the leases expire and the next run repairs the
            // enrollments from their logs and goes on; the host's task loop must not see this.
            return 0;
        }
    }
}
