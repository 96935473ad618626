using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models;

public record TemplateListModel : BasePagedListModel<TemplateListItemModel>;
