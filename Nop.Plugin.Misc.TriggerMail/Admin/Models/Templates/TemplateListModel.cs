using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Templates;

public record TemplateListModel : BasePagedListModel<TemplateListItemModel>;
