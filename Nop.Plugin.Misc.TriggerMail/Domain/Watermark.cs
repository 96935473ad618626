using Nop.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// How far an incremental scan has read (e.g. the last order id attributed). Work behind a watermark is
/// idempotent, so two servers advancing the same one at once repeat work but never double-count.
/// </summary>
public class Watermark : BaseEntity
{
    public string Name { get; set; }

    public long Value { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
