using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// Customers whose last activity crossed the scenario's N days since the last run, with no order in those days.
/// One trigger per inactivity episode: the episode is the last sign of life, so the same silence never fires twice.
/// </summary>
public class InactivityScanner : ITimeTriggerScanner
{
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly ScenarioTriggerSettings _scenarios;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerInbox _triggerInbox;
    private readonly WindowScanner _windowScanner;

    public InactivityScanner(IRepository<Customer> customerRepository, IRepository<Order> orderRepository,
        ScenarioTriggerSettings scenarios, TimeProvider timeProvider, TriggerInbox triggerInbox, WindowScanner windowScanner)
    {
        _customerRepository = customerRepository;
        _orderRepository = orderRepository;
        _scenarios = scenarios;
        _timeProvider = timeProvider;
        _triggerInbox = triggerInbox;
        _windowScanner = windowScanner;
    }

    public async Task ScanAsync(RunBudget budget)
    {
        foreach (var (scenario, settings) in await _scenarios.ActiveAsync<InactivityTriggerSettings>(TriggerKind.Inactivity))
        {
            var now = _timeProvider.GetUtcNow().UtcDateTime;
            await _windowScanner.WalkAsync($"inactivity:{scenario.Id}", scenario.CreatedOnUtc.AddDays(-settings.Days), budget,
                (afterOn, afterId, take) => PageAsync(scenario, settings.Days, now, afterOn, afterId, take));
        }
    }

    private async Task<(DateTime, int, int)> PageAsync(Scenario scenario, int days, DateTime now, DateTime afterOn, int afterId, int take)
    {
        var cutoff = now.AddDays(-days);
        var storeId = scenario.StoreId;
        var rows = await _customerRepository.Table
            .Where(CustomerFilters.Reachable)
            .Where(c => (storeId == 0 || c.RegisteredInStoreId == storeId)
                && c.LastActivityDateUtc <= cutoff
                && (c.LastActivityDateUtc > afterOn || (c.LastActivityDateUtc == afterOn && c.Id > afterId)))
            .OrderBy(c => c.LastActivityDateUtc).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.LastActivityDateUtc, c.RegisteredInStoreId })
            .Take(take)
            .ToListAsync();
        if (rows.Count == 0)
            return (afterOn, afterId, 0);

        var ids = rows.Select(r => r.Id).ToArray();
        var lastOrders = (await _orderRepository.Table
                .Where(o => !o.Deleted && ids.Contains(o.CustomerId))
                .GroupBy(o => o.CustomerId)
                .Select(g => new { CustomerId = g.Key, Last = g.Max(o => o.CreatedOnUtc) })
                .ToListAsync())
            .ToDictionary(o => o.CustomerId, o => o.Last);

        foreach (var row in rows)
        {
            DateTime? lastOrder = lastOrders.TryGetValue(row.Id, out var placed) ? placed : null;
            var anchor = InactivityRule.Anchor(row.LastActivityDateUtc, lastOrder);
            if (!InactivityRule.IsInactive(anchor, now, days))
                continue;

            await _triggerInbox.WriteAsync(new TriggerRecord(
                TriggerKind.Inactivity, row.Id, row.RegisteredInStoreId, InactivityRule.BecameInactiveOnUtc(anchor, days), row.Id,
                TriggerKeys.Inactivity(scenario.Id, row.Id, anchor),
                TriggerPayloadJson.Serialize(new InactivityPayload(row.LastActivityDateUtc, lastOrder, days)), scenario.Id));
        }

        return (rows[^1].LastActivityDateUtc, rows[^1].Id, rows.Count);
    }
}
