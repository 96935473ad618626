using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// Carries each login that names a merged guest forward, once, into a <see cref="GuestCartMerge"/> row, so the
/// abandoned-cart scan reads merges from rows meant for it instead of reading the inbox back. Logins are taken in id
/// order from a cursor, only once they are a minute old: a login row whose insert commits after a newer one's is not
/// passed over.
/// </summary>
public class GuestCartMerges
{
    private const string CursorKey = "guest-cart-merges";
    private static readonly TimeSpan Settled = TimeSpan.FromMinutes(1);

    private readonly IRepository<TriggerInboxItem> _inbox;
    private readonly IRepository<GuestCartMerge> _merges;
    private readonly ScanCursorStore _cursors;
    private readonly TimeProvider _timeProvider;

    public GuestCartMerges(IRepository<TriggerInboxItem> inbox, IRepository<GuestCartMerge> merges, ScanCursorStore cursors, TimeProvider timeProvider)
    {
        _inbox = inbox;
        _merges = merges;
        _cursors = cursors;
        _timeProvider = timeProvider;
    }

    /// <summary>Carries forward the logins written since the last run, a page at a time while the budget lasts.</summary>
    public async Task CatchUpAsync(RunBudget budget)
    {
        var cursor = await _cursors.GetAsync(CursorKey, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var settledBefore = _timeProvider.GetUtcNow().UtcDateTime - Settled;
        var login = (int)TriggerKind.CustomerLoggedIn;
        while (budget.HasTime)
        {
            var after = cursor.PositionId;
            var logins = await _inbox.Table
                .Where(t => t.Id > after && t.TriggerKindId == login && t.CreatedOnUtc <= settledBefore)
                .OrderBy(t => t.Id)
                .Select(t => new { t.Id, t.CustomerId, t.EntityId, t.OccurredOnUtc })
                .Take(budget.BatchSize)
                .ToListAsync();
            if (logins.Count == 0)
                return;

            foreach (var merge in logins.Where(l => l.EntityId is not null && l.EntityId != l.CustomerId))
                await _merges.InsertOnceAsync(new GuestCartMerge
                {
                    LoginInboxItemId = merge.Id, CustomerId = merge.CustomerId, GuestCustomerId = merge.EntityId.Value, MergedOnUtc = merge.OccurredOnUtc
                });

            cursor.PositionId = logins[^1].Id;
            await _cursors.SaveAsync(cursor);
        }
    }

    public async Task<IList<GuestCartMerge>> IntoAsync(int[] customerIds) =>
        await _merges.GetAllAsync(q => q.Where(m => customerIds.Contains(m.CustomerId)));

}
