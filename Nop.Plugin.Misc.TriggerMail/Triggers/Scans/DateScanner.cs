using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// The walk shared by date triggers: per time-zone group, the group's local day, and a cursor over ids that
/// restarts when that local day changes. A group is examined only once its local day has begun, so a customer
/// in UTC+14 and one in UTC−10 each fire on their own day; ids already passed that day are not read again.
/// </summary>
public class DateScanner
{
    private readonly CustomerTimeZones _customerTimeZones;
    private readonly ScanCursorStore _cursorStore;
    private readonly TimeProvider _timeProvider;

    public DateScanner(CustomerTimeZones customerTimeZones, ScanCursorStore cursorStore, TimeProvider timeProvider)
    {
        _customerTimeZones = customerTimeZones;
        _cursorStore = cursorStore;
        _timeProvider = timeProvider;
    }

    /// <param name="cursorPrefix">The scan's key (kind and scenario); the group key is appended.</param>
    /// <param name="isDue">Whether the local day needs scanning at all (e.g. a calendar date).</param>
    /// <param name="page">Handles the rows with id above the given one, at most the given count; returns the last id and count read.</param>
    public async Task WalkAsync(string cursorPrefix, RunBudget budget, Func<DateOnly, bool> isDue,
        Func<ZoneGroup, DateOnly, int, int, Task<(int LastId, int Count)>> page)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        foreach (var group in await _customerTimeZones.GroupsAsync())
        {
            var localToday = LocalCalendar.DateOf(now, group.Zone);
            if (!isDue(localToday))
                continue;

            var day = localToday.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var cursor = await _cursorStore.GetAsync($"{cursorPrefix}:{group.Key}", day);
            var moved = cursor.Id == 0;
            if (cursor.PositionOnUtc != day)
            {
                cursor.PositionOnUtc = day;
                cursor.PositionId = 0;
                moved = true;
            }

            while (budget.HasTime)
            {
                var (lastId, count) = await page(group, localToday, cursor.PositionId, budget.BatchSize);
                if (count > 0)
                {
                    cursor.PositionId = lastId;
                    moved = true;
                }

                if (moved)
                    await _cursorStore.SaveAsync(cursor);
                moved = false;
                if (count < budget.BatchSize)
                    break;
            }
        }
    }
}
