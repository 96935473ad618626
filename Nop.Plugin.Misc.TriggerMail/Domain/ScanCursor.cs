using Nop.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// Where a time-trigger scan stopped: the (time, id) position of the last row it handled, per scan key
/// (kind, scenario, time-zone group). Only an optimisation: triggers are deduplicated by key, so a cursor
/// that is behind (a racing server, a lost update) costs a re-read, never a double trigger.
/// </summary>
public class ScanCursor : BaseEntity
{
    public string CursorKey { get; set; }

    /// <summary>The UTC time of the last handled row, or for date scans the local day being scanned.</summary>
    public DateTime PositionOnUtc { get; set; }

    public int PositionId { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
