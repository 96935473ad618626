using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models;

public record CustomerMessageListModel : BasePagedListModel<CustomerMessageModel>
{
}
