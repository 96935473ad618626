using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Plugin.Misc.TriggerMail.Engine.Triggers;
using Nop.Plugin.Misc.TriggerMail.Engine.Triggers.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Services.Triggers;

/// <summary>
/// Customer.DateOfBirth on the customer's local day; 29 Feb birthdays on 28 Feb in other years. One trigger per
/// customer and year, for every active birthday scenario.
/// </summary>
public class BirthdayScanner : ITimeTriggerScanner
{
    private readonly ActiveScenarios _activeScenarios;
    private readonly IRepository<Customer> _customerRepository;
    private readonly DateScanner _dateScanner;
    private readonly TriggerInbox _triggerInbox;

    public BirthdayScanner(ActiveScenarios activeScenarios, IRepository<Customer> customerRepository, DateScanner dateScanner,
        TriggerInbox triggerInbox)
    {
        _activeScenarios = activeScenarios;
        _customerRepository = customerRepository;
        _dateScanner = dateScanner;
        _triggerInbox = triggerInbox;
    }

    public async Task ScanAsync(ScanBudget budget)
    {
        if ((await _activeScenarios.OfKindAsync(TriggerKind.Birthday)).Count == 0)
            return;

        await _dateScanner.WalkAsync("birthday", budget, _ => true, async (group, localToday, afterId, take) =>
        {
            var days = DateTriggerRule.DaysFallingOn(localToday);
            var months = days.Select(d => d.Month).Distinct().ToArray();
            var dayNumbers = days.Select(d => d.Day).Distinct().ToArray();
            var rows = await _customerRepository.Table
                .Where(CustomerFilters.Reachable)
                .Where(group.Members)
                .Where(c => c.Id > afterId && c.DateOfBirth != null
                    && months.Contains(c.DateOfBirth.Value.Month) && dayNumbers.Contains(c.DateOfBirth.Value.Day))
                .OrderBy(c => c.Id)
                .Select(c => new { c.Id, c.DateOfBirth, c.RegisteredInStoreId })
                .Take(take)
                .ToListAsync();

            foreach (var row in rows)
            {
                var birthDate = DateOnly.FromDateTime(row.DateOfBirth!.Value);
                if (!DateTriggerRule.IsAnniversary(birthDate, localToday))
                    continue;

                await _triggerInbox.WriteAsync(new TriggerRecord(
                    TriggerKind.Birthday, row.Id, row.RegisteredInStoreId,
                    LocalCalendar.StartOfDayUtc(localToday, group.Zone), row.Id,
                    TriggerKeys.Birthday(row.Id, localToday.Year),
                    TriggerPayloadJson.Serialize(new DatePayload(localToday, group.Zone.Id, localToday.Year - birthDate.Year, birthDate))));
            }

            return (rows.Count > 0 ? rows[^1].Id : afterId, rows.Count);
        });
    }
}
