using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Common.Core;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// The walk shared by threshold triggers: rows ordered by (time, id) whose time has crossed the scenario's
/// threshold since the last run. The cursor holds the last (time, id) handled, so each run reads only the rows
/// that crossed since, in pages.
/// </summary>
public class WindowScanner
{
    private readonly ScanCursorStore _cursorStore;

    public WindowScanner(ScanCursorStore cursorStore)
    {
        _cursorStore = cursorStore;
    }

    /// <param name="startOnUtc">Where a scan without a cursor starts (the scenario's creation minus its threshold).</param>
    /// <param name="page">Handles rows after the given (time, id), at most the given count; returns the last (time, id) and count read.</param>
    public async Task WalkAsync(string cursorKey, DateTime startOnUtc, RunBudget budget,
        Func<DateTime, int, int, Task<(DateTime LastOnUtc, int LastId, int Count)>> page)
    {
        var cursor = await _cursorStore.GetAsync(cursorKey, startOnUtc);
        while (budget.HasTime)
        {
            var (lastOnUtc, lastId, count) = await page(cursor.PositionOnUtc, cursor.PositionId, budget.BatchSize);
            if (count > 0)
            {
                cursor.PositionOnUtc = lastOnUtc;
                cursor.PositionId = lastId;
                await _cursorStore.SaveAsync(cursor);
            }

            if (count < budget.BatchSize)
                break;
        }
    }
}
