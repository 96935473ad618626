using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Plugin.Misc.TriggerMail.Engine.Triggers.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Services.Triggers;

/// <summary>
/// What the two after-order scanners share: the payload, and skipping orders of unknown or deleted customers.
/// </summary>
public static class AfterOrderTriggers
{
    public static async Task<HashSet<int>> LiveCustomerIdsAsync(IRepository<Customer> customerRepository, IEnumerable<int> customerIds)
    {
        var ids = customerIds.Distinct().ToArray();
        var live = await customerRepository.Table.Where(c => ids.Contains(c.Id) && !c.Deleted).Select(c => c.Id).ToListAsync();
        return live.ToHashSet();
    }

    public static string Payload(Order order, DateTime anchorOnUtc, int delayDays)
    {
        return TriggerPayloadJson.Serialize(new OrderPayload(order.Id, order.OrderTotal, order.CustomerCurrencyCode,
            order.OrderStatusId, order.PaymentStatusId, order.ShippingStatusId, AnchorOnUtc: anchorOnUtc, DelayDays: delayDays));
    }

    public static Task<bool> WriteAsync(Services.TriggerInbox inbox, TriggerRecord trigger, HashSet<int> liveCustomerIds)
    {
        return liveCustomerIds.Contains(trigger.CustomerId)
            ? inbox.WriteAsync(trigger)
            : inbox.WriteSkippedAsync(trigger, $"customer {trigger.CustomerId} of order {trigger.EntityId} is unknown or deleted");
    }
}
