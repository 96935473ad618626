using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

public record ScenarioListModel : BasePagedListModel<ScenarioListItemModel>
{
}
