using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// The yearly return of the local day of the customer's first (not deleted) order.
/// </summary>
public class FirstOrderAnniversaryScanner : YearlyDateScanner
{
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<Order> _orderRepository;

    public FirstOrderAnniversaryScanner(ActiveScenarios activeScenarios, IRepository<Customer> customerRepository,
        DateScanner dateScanner, IRepository<Order> orderRepository, TriggerInbox triggerInbox)
        : base(activeScenarios, dateScanner, triggerInbox)
    {
        _customerRepository = customerRepository;
        _orderRepository = orderRepository;
    }

    protected override TriggerKind Kind => TriggerKind.FirstOrderAnniversary;

    protected override string CursorPrefix => "first-order-anniversary";

    protected override string KeyFor(int customerId, int year) => TriggerKeys.FirstOrderAnniversary(customerId, year);

    protected override async Task<IReadOnlyList<YearlyDateCandidate>> ReadCandidatesAsync(ZoneGroup group, int[] months, int[] days, int afterId, int take)
    {
        var orders = _orderRepository.Table.Where(o => !o.Deleted);
        var customers = _customerRepository.Table.Where(CustomerFilters.Reachable).Where(group.Members);
        var rows = await (
                from o in orders
                join c in customers on o.CustomerId equals c.Id
                where o.Id > afterId && months.Contains(o.CreatedOnUtc.Month) && days.Contains(o.CreatedOnUtc.Day)
                    && !orders.Any(e => e.CustomerId == o.CustomerId
                        && (e.CreatedOnUtc < o.CreatedOnUtc || (e.CreatedOnUtc == o.CreatedOnUtc && e.Id < o.Id)))
                orderby o.Id
                select new { o.Id, o.CustomerId, o.StoreId, o.CreatedOnUtc })
            .Take(take)
            .ToListAsync();
        return rows.Select(r => new YearlyDateCandidate(r.Id, r.CustomerId, r.StoreId, r.CreatedOnUtc)).ToList();
    }
}
