using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Plugin.Misc.TriggerMail.Engine.Triggers;

namespace Nop.Plugin.Misc.TriggerMail.Services.Triggers;

/// <summary>
/// N days after an order was delivered (review requests): the shipment delivery that completed the order
/// (order ShippingStatus Delivered) starts the count. One trigger per scenario and order.
/// </summary>
public class AfterOrderDeliveredScanner : ITimeTriggerScanner
{
    private readonly ActiveScenarios _activeScenarios;
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly ScanProblems _problems;
    private readonly IRepository<Shipment> _shipmentRepository;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerInbox _triggerInbox;
    private readonly WindowScanner _windowScanner;

    public AfterOrderDeliveredScanner(ActiveScenarios activeScenarios, IRepository<Customer> customerRepository,
        IRepository<Order> orderRepository, ScanProblems problems, IRepository<Shipment> shipmentRepository,
        TimeProvider timeProvider, TriggerInbox triggerInbox, WindowScanner windowScanner)
    {
        _activeScenarios = activeScenarios;
        _customerRepository = customerRepository;
        _orderRepository = orderRepository;
        _problems = problems;
        _shipmentRepository = shipmentRepository;
        _timeProvider = timeProvider;
        _triggerInbox = triggerInbox;
        _windowScanner = windowScanner;
    }

    public async Task ScanAsync(ScanBudget budget)
    {
        foreach (var scenario in await _activeScenarios.OfKindAsync(TriggerKind.AfterOrderDelivered))
        {
            if (!TriggerSettingsJson.TryDeserialize<AfterOrderTriggerSettings>(scenario.TriggerSettingsJson, out var settings, out var errors))
            {
                _problems.Add($"Scenario {scenario.Id} ({scenario.Name}): {string.Join("; ", errors)}");
                continue;
            }

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
        var live = await AfterOrderTriggers.LiveCustomerIdsAsync(_customerRepository, orders.Values.Select(o => o.CustomerId));

        foreach (var shipment in shipments)
        {
            if (!orders.TryGetValue(shipment.OrderId, out var order))
                continue;

            var trigger = new TriggerRecord(
                TriggerKind.AfterOrderDelivered, order.CustomerId, order.StoreId, shipment.DeliveredOnUtc + settings.Delay, order.Id,
                TriggerKeys.AfterOrderDelivered(scenario.Id, order.Id),
                AfterOrderTriggers.Payload(order, shipment.DeliveredOnUtc, settings.DelayDays), scenario.Id);
            await AfterOrderTriggers.WriteAsync(_triggerInbox, trigger, live);
        }

        return (shipments[^1].DeliveredOnUtc, shipments[^1].Id, shipments.Count);
    }
}
