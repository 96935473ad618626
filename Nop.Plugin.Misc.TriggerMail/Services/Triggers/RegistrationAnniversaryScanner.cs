using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Plugin.Misc.TriggerMail.Engine.Triggers;
using Nop.Plugin.Misc.TriggerMail.Engine.Triggers.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Services.Triggers;

/// <summary>
/// The yearly return of the local day the customer registered (Customer.CreatedOnUtc in the customer's zone).
/// </summary>
public class RegistrationAnniversaryScanner : ITimeTriggerScanner
{
    private readonly ActiveScenarios _activeScenarios;
    private readonly IRepository<Customer> _customerRepository;
    private readonly DateScanner _dateScanner;
    private readonly TriggerInbox _triggerInbox;

    public RegistrationAnniversaryScanner(ActiveScenarios activeScenarios, IRepository<Customer> customerRepository,
        DateScanner dateScanner, TriggerInbox triggerInbox)
    {
        _activeScenarios = activeScenarios;
        _customerRepository = customerRepository;
        _dateScanner = dateScanner;
        _triggerInbox = triggerInbox;
    }

    public async Task ScanAsync(ScanBudget budget)
    {
        if ((await _activeScenarios.OfKindAsync(TriggerKind.RegistrationAnniversary)).Count == 0)
            return;

        await _dateScanner.WalkAsync("registration-anniversary", budget, _ => true, async (group, localToday, afterId, take) =>
        {
            var days = DateTriggerRule.UtcDaysAround(localToday);
            var months = days.Select(d => d.Month).Distinct().ToArray();
            var dayNumbers = days.Select(d => d.Day).Distinct().ToArray();
            var rows = await _customerRepository.Table
                .Where(CustomerFilters.Reachable)
                .Where(group.Members)
                .Where(c => c.Id > afterId && months.Contains(c.CreatedOnUtc.Month) && dayNumbers.Contains(c.CreatedOnUtc.Day))
                .OrderBy(c => c.Id)
                .Select(c => new { c.Id, c.CreatedOnUtc, c.RegisteredInStoreId })
                .Take(take)
                .ToListAsync();

            foreach (var row in rows)
            {
                var registered = LocalCalendar.DateOf(row.CreatedOnUtc, group.Zone);
                if (!DateTriggerRule.IsAnniversary(registered, localToday))
                    continue;

                await _triggerInbox.WriteAsync(new TriggerRecord(
                    TriggerKind.RegistrationAnniversary, row.Id, row.RegisteredInStoreId,
                    LocalCalendar.StartOfDayUtc(localToday, group.Zone), row.Id,
                    TriggerKeys.RegistrationAnniversary(row.Id, localToday.Year),
                    TriggerPayloadJson.Serialize(new DatePayload(localToday, group.Zone.Id, localToday.Year - registered.Year, registered))));
            }

            return (rows.Count > 0 ? rows[^1].Id : afterId, rows.Count);
        });
    }
}
