using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Segments;

public record SegmentMemberListModel : BasePagedListModel<SegmentMemberModel>;
