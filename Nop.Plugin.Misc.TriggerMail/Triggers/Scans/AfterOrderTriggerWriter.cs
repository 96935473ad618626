using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// Writes a page of after-order triggers; those of unknown or deleted customers are recorded as skipped.
/// </summary>
public class AfterOrderTriggerWriter
{
    private readonly IRepository<Customer> _customerRepository;
    private readonly TriggerInbox _triggerInbox;

    public AfterOrderTriggerWriter(IRepository<Customer> customerRepository, TriggerInbox triggerInbox)
    {
        _customerRepository = customerRepository;
        _triggerInbox = triggerInbox;
    }

    public static string Payload(Order order, DateTime anchorOnUtc, int delayDays)
    {
        return TriggerPayloadJson.Serialize(new OrderPayload(order.Id, order.OrderTotal, order.CustomerCurrencyCode,
            order.OrderStatusId, order.PaymentStatusId, order.ShippingStatusId, AnchorOnUtc: anchorOnUtc, DelayDays: delayDays));
    }

    public async Task WriteAsync(IReadOnlyList<TriggerRecord> triggers)
    {
        if (triggers.Count == 0)
            return;

        var ids = triggers.Select(t => t.CustomerId).Distinct().ToArray();
        var live = (await _customerRepository.Table.Where(c => ids.Contains(c.Id) && !c.Deleted).Select(c => c.Id).ToListAsync()).ToHashSet();
        foreach (var trigger in triggers)
        {
            if (live.Contains(trigger.CustomerId))
                await _triggerInbox.WriteAsync(trigger);
            else
                await _triggerInbox.WriteSkippedAsync(trigger, $"customer {trigger.CustomerId} of order {trigger.EntityId} is unknown or deleted");
        }
    }
}
