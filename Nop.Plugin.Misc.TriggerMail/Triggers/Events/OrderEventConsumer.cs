using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Events;

/// <summary>
/// Order placed, paid, status changed (every status, cancellation included) and refunded (full and partial).
/// </summary>
public class OrderEventConsumer :
    IConsumer<OrderPlacedEvent>,
    IConsumer<OrderPaidEvent>,
    IConsumer<OrderStatusChangedEvent>,
    IConsumer<OrderRefundedEvent>
{
    private readonly PluginActivity _pluginActivity;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerInbox _triggerInbox;

    public OrderEventConsumer(PluginActivity pluginActivity, TimeProvider timeProvider, TriggerInbox triggerInbox)
    {
        _pluginActivity = pluginActivity;
        _timeProvider = timeProvider;
        _triggerInbox = triggerInbox;
    }

    public Task HandleEventAsync(OrderPlacedEvent eventMessage)
    {
        return WriteAsync(eventMessage?.Order, TriggerKind.OrderPlaced, order => TriggerKeys.OrderPlaced(order.Id), Payload);
    }

    public Task HandleEventAsync(OrderPaidEvent eventMessage)
    {
        return WriteAsync(eventMessage?.Order, TriggerKind.OrderPaid, order => TriggerKeys.OrderPaid(order.Id), Payload);
    }

    public Task HandleEventAsync(OrderStatusChangedEvent eventMessage)
    {
        var previous = (int)(eventMessage?.PreviousOrderStatus ?? 0);
        return WriteAsync(eventMessage?.Order, TriggerKind.OrderStatusChanged,
            order => TriggerKeys.OrderStatusChanged(order.Id, previous, order.OrderStatusId),
            order => Payload(order) with { PreviousOrderStatusId = previous });
    }

    public Task HandleEventAsync(OrderRefundedEvent eventMessage)
    {
        // The host adds the refund to RefundedAmount before publishing: the running total identifies this refund.
        var amount = eventMessage?.Amount ?? 0;
        return WriteAsync(eventMessage?.Order, TriggerKind.OrderRefunded,
            order => TriggerKeys.OrderRefunded(order.Id, order.RefundedAmount),
            order => Payload(order) with
            {
                RefundAmount = amount,
                RefundedTotal = order.RefundedAmount,
                FullyRefunded = order.PaymentStatus == PaymentStatus.Refunded || order.RefundedAmount >= order.OrderTotal
            });
    }

    private static OrderPayload Payload(Order order)
    {
        return new OrderPayload(order.Id, order.OrderTotal, order.CustomerCurrencyCode, order.OrderStatusId,
            order.PaymentStatusId, order.ShippingStatusId);
    }

    private async Task WriteAsync(Order order, TriggerKind kind, Func<Order, string> key, Func<Order, OrderPayload> payload)
    {
        if (order is null || !await _pluginActivity.IsActiveAsync())
            return;

        var trigger = new TriggerRecord(kind, order.CustomerId, order.StoreId, _timeProvider.GetUtcNow().UtcDateTime,
            order.Id, key(order), TriggerPayloadJson.Serialize(payload(order)));

        if (order.CustomerId == 0)
            await _triggerInbox.WriteSkippedAsync(trigger, $"order {order.Id} has no customer");
        else
            await _triggerInbox.WriteAsync(trigger);
    }
}
