using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;

public record SegmentListModel : BasePagedListModel<SegmentListItemModel>;
