using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;

/// <summary>One row of the segment list: the cached count (null: never counted) and the scenarios using it.</summary>
public record SegmentListItemModel : BaseNopEntityModel
{
    public string Name { get; set; }

    public string Description { get; set; }

    public int? CachedCount { get; set; }

    public DateTime? CountedOnUtc { get; set; }

    public int ScenarioCount { get; set; }

    public string ScenarioNames { get; set; }
}
