using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Common;

/// <summary>
/// Reads and saves scan positions (the TriggerMail_ScanCursor table, one row per scan key).
/// </summary>
public class ScanCursorStore
{
    private readonly IRepository<ScanCursor> _cursorRepository;
    private readonly TimeProvider _timeProvider;

    public ScanCursorStore(IRepository<ScanCursor> cursorRepository, TimeProvider timeProvider)
    {
        _cursorRepository = cursorRepository;
        _timeProvider = timeProvider;
    }

    /// <summary>The stored cursor, or a new unsaved one at <paramref name="startOnUtc"/>.</summary>
    public async Task<ScanCursor> GetAsync(string key, DateTime startOnUtc)
    {
        return await _cursorRepository.Table.FirstOrDefaultAsync(c => c.CursorKey == key)
            ?? new ScanCursor { CursorKey = key, PositionOnUtc = startOnUtc, PositionId = 0 };
    }

    public async Task SaveAsync(ScanCursor cursor)
    {
        cursor.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        if (cursor.Id != 0)
        {
            await _cursorRepository.UpdateAsync(cursor, publishEvent: false);
            return;
        }

        if (!await _cursorRepository.InsertOnceAsync(cursor))
        {
            // Another server created it first: take its row and write our position over it.
            var existing = await _cursorRepository.Table.FirstOrDefaultAsync(c => c.CursorKey == cursor.CursorKey)
                ?? throw new InvalidOperationException($"Scan cursor '{cursor.CursorKey}' hit a unique key but no row has it.");
            cursor.Id = existing.Id;
            await _cursorRepository.UpdateAsync(cursor, publishEvent: false);
        }
    }
}
