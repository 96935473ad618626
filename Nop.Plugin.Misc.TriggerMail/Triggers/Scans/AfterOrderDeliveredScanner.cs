using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// N days after an order was delivered (review requests): the shipment delivery that completed the order
/// (order ShippingStatus Delivered) starts the count; an earlier partial delivery does not. One trigger per
/// scenario and order.
/// </summary>
public class AfterOrderDeliveredScanner : ITimeTriggerScanner
{
    private readonly IRepository<Order> _orderRepository;
    private readonly ScenarioTriggerSettings _scenarios;
    private readonly IRepository<Shipment> _shipmentRepository;
    private readonly TimeProvider _timeProvider;
    private readonly WindowScanner _windowScanner;
    private readonly AfterOrderTriggerWriter _writer;

    public AfterOrderDeliveredScanner(IRepository<Order> orderRepository, ScenarioTriggerSettings scenarios,
        IRepository<Shipment> shipmentRepository, TimeProvider timeProvider, WindowScanner windowScanner, AfterOrderTriggerWriter writer)
    {
        _orderRepository = orderRepository;
        _scenarios = scenarios;
        _shipmentRepository = shipmentRepository;
        _timeProvider = timeProvider;
        _windowScanner = windowScanner;
        _writer = writer;
    }

    public async Task ScanAsync(RunBudget budget)
    {
        foreach (var (scenario, settings) in await _scenarios.ActiveAsync<AfterOrderTriggerSettings>(TriggerKind.AfterOrderDelivered))
        {
            var now = _timeProvider.GetUtcNow().UtcDateTime;
            await _windowScanner.WalkAsync($"after-order-delivered:{scenario.Id}", scenario.CreatedOnUtc - settings.Delay, budget,
                (afterOn, afterId, take) => PageAsync(scenario, settings, now, afterOn, afterId, take));
        }
    }

    private async Task<(DateTime, int, int)> PageAsync(Scenario scenario, AfterOrderTriggerSettings settings, DateTime now,
        DateTime afterOn, int afterId, int take)
    {
        var cutoff = now - settings.Delay;
        var shipments = await _shipmentRepository.Table
            .Where(s => s.DeliveryDateUtc != null && s.DeliveryDateUtc <= cutoff
                && (s.DeliveryDateUtc > afterOn || (s.DeliveryDateUtc == afterOn && s.Id > afterId)))
            .OrderBy(s => s.DeliveryDateUtc).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.OrderId, DeliveredOnUtc = s.DeliveryDateUtc.Value })
            .Take(take)
            .ToListAsync();
        if (shipments.Count == 0)
            return (afterOn, afterId, 0);

        var orderIds = shipments.Select(s => s.OrderId).Distinct().ToArray();
        var storeId = scenario.StoreId;
        var delivered = (int)ShippingStatus.Delivered;
        var cancelled = (int)OrderStatus.Cancelled;
        var orders = (await _orderRepository.Table
                .Where(o => orderIds.Contains(o.Id) && !o.Deleted && o.ShippingStatusId == delivered && o.OrderStatusId != cancelled
                    && (storeId == 0 || o.StoreId == storeId))
                .ToListAsync())
            .ToDictionary(o => o.Id);

        await _writer.WriteAsync(shipments
            .Where(s => orders.ContainsKey(s.OrderId))
            .Select(s => (Shipment: s, Order: orders[s.OrderId]))
            .Select(x => new TriggerRecord(
                TriggerKind.AfterOrderDelivered, x.Order.CustomerId, x.Order.StoreId, x.Shipment.DeliveredOnUtc + settings.Delay, x.Order.Id,
                TriggerKeys.AfterOrderDelivered(scenario.Id, x.Order.Id),
                AfterOrderTriggerWriter.Payload(x.Order, x.Shipment.DeliveredOnUtc, settings.DelayDays), scenario.Id))
            .ToList());

        return (shipments[^1].DeliveredOnUtc, shipments[^1].Id, shipments.Count);
    }
}
