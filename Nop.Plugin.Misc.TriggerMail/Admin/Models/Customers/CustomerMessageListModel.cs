using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Customers;

public record CustomerMessageListModel : BasePagedListModel<CustomerMessageModel>
{
}
