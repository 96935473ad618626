using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;

public record SegmentMemberSearchModel : BaseSearchModel
{
    public int SegmentId { get; set; }

    public string SegmentName { get; set; }

    public int Count { get; set; }
}
