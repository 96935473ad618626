using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// N days after an order was placed (repeat-purchase nudges). Cancelled and deleted orders do not count.
/// One trigger per scenario and order.
/// </summary>
public class AfterOrderPlacedScanner : ITimeTriggerScanner
{
    private readonly IRepository<Order> _orderRepository;
    private readonly ScenarioTriggerSettings _scenarios;
    private readonly TimeProvider _timeProvider;
    private readonly WindowScanner _windowScanner;
    private readonly AfterOrderTriggerWriter _writer;

    public AfterOrderPlacedScanner(IRepository<Order> orderRepository, ScenarioTriggerSettings scenarios, TimeProvider timeProvider,
        WindowScanner windowScanner, AfterOrderTriggerWriter writer)
    {
        _orderRepository = orderRepository;
        _scenarios = scenarios;
        _timeProvider = timeProvider;
        _windowScanner = windowScanner;
        _writer = writer;
    }

    public async Task ScanAsync(RunBudget budget)
    {
        foreach (var (scenario, settings) in await _scenarios.ActiveAsync<AfterOrderTriggerSettings>(TriggerKind.AfterOrderPlaced))
        {
            var now = _timeProvider.GetUtcNow().UtcDateTime;
            await _windowScanner.WalkAsync($"after-order-placed:{scenario.Id}", scenario.CreatedOnUtc - settings.Delay, budget,
                (afterOn, afterId, take) => PageAsync(scenario, settings, now, afterOn, afterId, take));
        }
    }

    private async Task<(DateTime, int, int)> PageAsync(Scenario scenario, AfterOrderTriggerSettings settings, DateTime now,
        DateTime afterOn, int afterId, int take)
    {
        var cutoff = now - settings.Delay;
        var storeId = scenario.StoreId;
        var cancelled = (int)OrderStatus.Cancelled;
        var orders = await _orderRepository.Table
            .Where(o => !o.Deleted && o.OrderStatusId != cancelled && (storeId == 0 || o.StoreId == storeId)
                && o.CreatedOnUtc <= cutoff
                && (o.CreatedOnUtc > afterOn || (o.CreatedOnUtc == afterOn && o.Id > afterId)))
            .OrderBy(o => o.CreatedOnUtc).ThenBy(o => o.Id)
            .Take(take)
            .ToListAsync();
        if (orders.Count == 0)
            return (afterOn, afterId, 0);

        await _writer.WriteAsync(orders.Select(order => new TriggerRecord(
            TriggerKind.AfterOrderPlaced, order.CustomerId, order.StoreId, order.CreatedOnUtc + settings.Delay, order.Id,
            TriggerKeys.AfterOrderPlaced(scenario.Id, order.Id),
            AfterOrderTriggerWriter.Payload(order, order.CreatedOnUtc, settings.DelayDays), scenario.Id)).ToList());

        return (orders[^1].CreatedOnUtc, orders[^1].Id, orders.Count);
    }
}
