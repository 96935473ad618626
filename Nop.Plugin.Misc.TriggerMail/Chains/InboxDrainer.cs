using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// Turns pending inbox rows into enrollments of every active scenario they match: same trigger kind, the
/// scenario's store (0 = all) and, for a time scan's row, that scenario only. A row that cannot be read is
/// marked failed with the reason and never blocks the rows behind it.
/// </summary>
public class InboxDrainer
{
    private readonly IChainStore _store;
    private readonly ScenarioEnroller _enroller;
    private readonly TimeProvider _timeProvider;

    public InboxDrainer(IChainStore store, ScenarioEnroller enroller, TimeProvider timeProvider)
    {
        _store = store;
        _enroller = enroller;
        _timeProvider = timeProvider;
    }

    public async Task<int> DrainAsync(RunBudget budget)
    {
        var scenarios = await _store.GetActiveScenariosAsync();
        var drained = 0;
        while (!budget.IsExhausted)
        {
            var items = await _store.GetPendingInboxItemsAsync(budget.BatchSize);
            if (items.Count == 0)
                break;

            foreach (var item in items)
            {
                if (budget.IsExhausted)
                    break;
                await DrainItemAsync(item, scenarios);
                drained++;
            }
        }

        return drained;
    }

    private async Task DrainItemAsync(TriggerInboxItem item, IList<Scenario> scenarios)
    {
        var matches = scenarios.Where(s => s.TriggerKindId == item.TriggerKindId
            && (s.StoreId == 0 || s.StoreId == item.StoreId)
            && (item.ScenarioId is null || item.ScenarioId == s.Id)).ToList();

        var notes = new List<string>();
        var failed = false;
        foreach (var scenario in matches)
        {
            try
            {
                notes.Add(await _enroller.TryEnterAsync(scenario, item));
            }
            catch (Exception exception) when (exception is FormatException or InvalidOperationException)
            {
                failed = true;
                notes.Add($"scenario {scenario.Id}: {exception.Message}");
            }
        }

        item.Status = failed ? InboxItemStatus.Failed : matches.Count == 0 ? InboxItemStatus.Skipped : InboxItemStatus.Processed;
        item.StatusReason = matches.Count == 0 ? "no active scenario for this trigger" : Text.Truncate(string.Join("; ", notes), TriggerMailDefaults.NoteLength);
        item.ProcessedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _store.UpdateInboxItemAsync(item);
    }
}
