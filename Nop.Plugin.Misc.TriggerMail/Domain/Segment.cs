using Nop.Core;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

public class Segment : BaseEntity
{
    public string Name { get; set; }

    public string Description { get; set; }

    public string RulesJson { get; set; }

    public int? CachedCount { get; set; }

    public DateTime? CountedOnUtc { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
