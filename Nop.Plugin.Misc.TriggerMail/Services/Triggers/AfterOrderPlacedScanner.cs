using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Plugin.Misc.TriggerMail.Engine.Triggers;
using Nop.Plugin.Misc.TriggerMail.Engine.Triggers.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Services.Triggers;

/// <summary>
/// N days after an order was placed (repeat-purchase nudges). Cancelled and deleted orders do not count.
/// </summary>
public class AfterOrderPlacedScanner : ITimeTriggerScanner
{
    private readonly ActiveScenarios _activeScenarios;
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly ScanProblems _problems;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerInbox _triggerInbox;
    private readonly WindowScanner _windowScanner;

    public AfterOrderPlacedScanner(ActiveScenarios activeScenarios, IRepository<Customer> customerRepository,
        IRepository<Order> orderRepository, ScanProblems problems, TimeProvider timeProvider, TriggerInbox triggerInbox,
        WindowScanner windowScanner)
    {
        _activeScenarios = activeScenarios;
        _customerRepository = customerRepository;
        _orderRepository = orderRepository;
        _problems = problems;
        _timeProvider = timeProvider;
        _triggerInbox = triggerInbox;
        _windowScanner = windowScanner;
    }

    public async Task ScanAsync(ScanBudget budget)
    {
        foreach (var scenario in await _activeScenarios.OfKindAsync(TriggerKind.AfterOrderPlaced))
        {
            if (!TriggerSettingsJson.TryDeserialize<AfterOrderTriggerSettings>(scenario.TriggerSettingsJson, out var settings, out var errors))
            {
                _problems.Add($"Scenario {scenario.Id} ({scenario.Name}): {string.Join("; ", errors)}");
                continue;
            }

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

        var live = await AfterOrderTriggers.LiveCustomerIdsAsync(_customerRepository, orders.Select(o => o.CustomerId));
        foreach (var order in orders)
        {
            var trigger = new TriggerRecord(
                TriggerKind.AfterOrderPlaced, order.CustomerId, order.StoreId, order.CreatedOnUtc + settings.Delay, order.Id,
                TriggerKeys.AfterOrderPlaced(scenario.Id, order.Id),
                AfterOrderTriggers.Payload(order, order.CreatedOnUtc, settings.DelayDays), scenario.Id);
            await AfterOrderTriggers.WriteAsync(_triggerInbox, trigger, live);
        }

        return (orders[^1].CreatedOnUtc, orders[^1].Id, orders.Count);
    }
}
