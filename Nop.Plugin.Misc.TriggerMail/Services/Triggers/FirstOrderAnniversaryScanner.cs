using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Plugin.Misc.TriggerMail.Engine.Triggers;
using Nop.Plugin.Misc.TriggerMail.Engine.Triggers.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Services.Triggers;

/// <summary>
/// The yearly return of the local day of the customer's first (not deleted) order.
/// </summary>
public class FirstOrderAnniversaryScanner : ITimeTriggerScanner
{
    private readonly ActiveScenarios _activeScenarios;
    private readonly IRepository<Customer> _customerRepository;
    private readonly DateScanner _dateScanner;
    private readonly IRepository<Order> _orderRepository;
    private readonly TriggerInbox _triggerInbox;

    public FirstOrderAnniversaryScanner(ActiveScenarios activeScenarios, IRepository<Customer> customerRepository,
        DateScanner dateScanner, IRepository<Order> orderRepository, TriggerInbox triggerInbox)
    {
        _activeScenarios = activeScenarios;
        _customerRepository = customerRepository;
        _dateScanner = dateScanner;
        _orderRepository = orderRepository;
        _triggerInbox = triggerInbox;
    }

    public async Task ScanAsync(ScanBudget budget)
    {
        if ((await _activeScenarios.OfKindAsync(TriggerKind.FirstOrderAnniversary)).Count == 0)
            return;

        await _dateScanner.WalkAsync("first-order-anniversary", budget, _ => true, async (group, localToday, afterId, take) =>
        {
            var days = DateTriggerRule.UtcDaysAround(localToday);
            var months = days.Select(d => d.Month).Distinct().ToArray();
            var dayNumbers = days.Select(d => d.Day).Distinct().ToArray();
            var orders = _orderRepository.Table.Where(o => !o.Deleted);
            var customers = _customerRepository.Table.Where(CustomerFilters.Reachable).Where(group.Members);
            var rows = await (
                    from o in orders
                    join c in customers on o.CustomerId equals c.Id
                    where o.Id > afterId && months.Contains(o.CreatedOnUtc.Month) && dayNumbers.Contains(o.CreatedOnUtc.Day)
                        && !orders.Any(e => e.CustomerId == o.CustomerId
                            && (e.CreatedOnUtc < o.CreatedOnUtc || (e.CreatedOnUtc == o.CreatedOnUtc && e.Id < o.Id)))
                    orderby o.Id
                    select new { o.Id, o.CustomerId, o.StoreId, o.CreatedOnUtc })
                .Take(take)
                .ToListAsync();

            foreach (var row in rows)
            {
                var firstOrder = LocalCalendar.DateOf(row.CreatedOnUtc, group.Zone);
                if (!DateTriggerRule.IsAnniversary(firstOrder, localToday))
                    continue;

                await _triggerInbox.WriteAsync(new TriggerRecord(
                    TriggerKind.FirstOrderAnniversary, row.CustomerId, row.StoreId,
                    LocalCalendar.StartOfDayUtc(localToday, group.Zone), row.Id,
                    TriggerKeys.FirstOrderAnniversary(row.CustomerId, localToday.Year),
                    TriggerPayloadJson.Serialize(new DatePayload(localToday, group.Zone.Id, localToday.Year - firstOrder.Year, firstOrder))));
            }

            return (rows.Count > 0 ? rows[^1].Id : afterId, rows.Count);
        });
    }
}
