using System.Linq.Expressions;
using Nop.Core.Domain.Customers;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

public static class CustomerFilters
{
    /// <summary>A live account with an email: who a date or inactivity trigger can be about.</summary>
    public static Expression<Func<Customer, bool>> Reachable { get; } =
        c => !c.Deleted && c.Active && !c.IsSystemAccount && c.Email != null && c.Email != "";
}
