using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Events;

/// <summary>
/// Shipment sent and delivered. A shipment does not name its customer or store, so the order is read first
/// through the host's entity cache (the host has just loaded it to ship it).
/// </summary>
public class ShipmentEventConsumer : IConsumer<ShipmentSentEvent>, IConsumer<ShipmentDeliveredEvent>
{
    private readonly IRepository<Order> _orderRepository;
    private readonly PluginActivity _pluginActivity;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerInbox _triggerInbox;

    public ShipmentEventConsumer(IRepository<Order> orderRepository, PluginActivity pluginActivity, TimeProvider timeProvider,
        TriggerInbox triggerInbox)
    {
        _orderRepository = orderRepository;
        _pluginActivity = pluginActivity;
        _timeProvider = timeProvider;
        _triggerInbox = triggerInbox;
    }

    public Task HandleEventAsync(ShipmentSentEvent eventMessage)
    {
        return WriteAsync(eventMessage?.Shipment, TriggerKind.ShipmentSent, TriggerKeys.ShipmentSent);
    }

    public Task HandleEventAsync(ShipmentDeliveredEvent eventMessage)
    {
        return WriteAsync(eventMessage?.Shipment, TriggerKind.ShipmentDelivered, TriggerKeys.ShipmentDelivered);
    }

    private async Task WriteAsync(Shipment shipment, TriggerKind kind, Func<int, string> key)
    {
        if (shipment is null || !await _pluginActivity.IsActiveAsync())
            return;

        var order = await _orderRepository.GetByIdAsync(shipment.OrderId, cache => default);
        var trigger = new TriggerRecord(kind, order?.CustomerId ?? 0, order?.StoreId ?? 0, _timeProvider.GetUtcNow().UtcDateTime,
            shipment.Id, key(shipment.Id),
            TriggerPayloadJson.Serialize(new ShipmentPayload(shipment.Id, shipment.OrderId, shipment.TrackingNumber)));

        if (order is null || order.Deleted)
            await _triggerInbox.WriteSkippedAsync(trigger, $"order {shipment.OrderId} of shipment {shipment.Id} is unknown or deleted");
        else if (order.CustomerId == 0)
            await _triggerInbox.WriteSkippedAsync(trigger, $"order {order.Id} has no customer");
        else
            await _triggerInbox.WriteAsync(trigger);
    }
}
