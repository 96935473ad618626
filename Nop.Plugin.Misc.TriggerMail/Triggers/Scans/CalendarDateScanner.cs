using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// A scenario's fixed days of the year (e.g. 12-31, 03-08): every reachable customer of the scenario's store, on
/// the customer's local day. One trigger per scenario, customer and day.
/// </summary>
public class CalendarDateScanner : ITimeTriggerScanner
{
    private readonly IRepository<Customer> _customerRepository;
    private readonly DateScanner _dateScanner;
    private readonly ScenarioTriggerSettings _scenarios;
    private readonly TriggerInbox _triggerInbox;

    public CalendarDateScanner(IRepository<Customer> customerRepository, DateScanner dateScanner, ScenarioTriggerSettings scenarios,
        TriggerInbox triggerInbox)
    {
        _customerRepository = customerRepository;
        _dateScanner = dateScanner;
        _scenarios = scenarios;
        _triggerInbox = triggerInbox;
    }

    public async Task ScanAsync(RunBudget budget)
    {
        foreach (var (scenario, settings) in await _scenarios.ActiveAsync<CalendarDateTriggerSettings>(TriggerKind.CalendarDate))
        {
            var days = settings.Days;
            await _dateScanner.WalkAsync($"calendar:{scenario.Id}", budget,
                localToday => days.Any(d => DateTriggerRule.IsCalendarDay(d, localToday)),
                (group, localToday, afterId, take) => PageAsync(scenario, group, localToday, afterId, take));
        }
    }

    private async Task<(int LastId, int Count)> PageAsync(Scenario scenario, ZoneGroup group, DateOnly localToday, int afterId, int take)
    {
        var storeId = scenario.StoreId;
        var rows = await _customerRepository.Table
            .Where(CustomerFilters.Reachable)
            .Where(group.Members)
            .Where(c => c.Id > afterId && (storeId == 0 || c.RegisteredInStoreId == storeId))
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.RegisteredInStoreId })
            .Take(take)
            .ToListAsync();

        var startOfDay = LocalCalendar.StartOfDayUtc(localToday, group.Zone);
        var payload = TriggerPayloadJson.Serialize(new DatePayload(localToday, group.Zone.Id, Years: null));
        foreach (var row in rows)
        {
            await _triggerInbox.WriteAsync(new TriggerRecord(
                TriggerKind.CalendarDate, row.Id, row.RegisteredInStoreId, startOfDay, null,
                TriggerKeys.CalendarDate(scenario.Id, row.Id, localToday), payload, scenario.Id));
        }

        return (rows.Count > 0 ? rows[^1].Id : afterId, rows.Count);
    }
}
