namespace Nop.Plugin.Misc.TriggerMail.Common;

/// <summary>
/// Named high-water marks (the last id an incremental pass has handled), kept as scan cursors. A mark only
/// moves forward; work behind it is idempotent, so two servers advancing one at once repeat work, never count twice.
/// </summary>
public class WatermarkStore
{
    private readonly ScanCursorStore _cursors;

    public WatermarkStore(ScanCursorStore cursors)
    {
        _cursors = cursors;
    }

    public async Task<int> GetAsync(string name)
    {
        return (await _cursors.GetAsync(name, DateTime.MinValue)).PositionId;
    }

    public async Task AdvanceAsync(string name, int value)
    {
        var cursor = await _cursors.GetAsync(name, DateTime.MinValue);
        if (value <= cursor.PositionId)
            return;

        cursor.PositionId = value;
        await _cursors.SaveAsync(cursor);
    }
}
