using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// Customer.DateOfBirth on the customer's local day; 29 Feb birthdays on 28 Feb in other years. One trigger per
/// customer and year, for every active birthday scenario.
/// </summary>
public class BirthdayScanner : YearlyDateScanner
{
    private readonly IRepository<Customer> _customerRepository;

    public BirthdayScanner(ActiveScenarios activeScenarios, IRepository<Customer> customerRepository, DateScanner dateScanner,
        TriggerInbox triggerInbox) : base(activeScenarios, dateScanner, triggerInbox)
    {
        _customerRepository = customerRepository;
    }

    protected override TriggerKind Kind => TriggerKind.Birthday;

    protected override string CursorPrefix => "birthday";

    // A date of birth is a calendar date, not an instant: no time-zone shift, but 28 Feb also looks for 29 Feb.
    protected override IReadOnlyList<MonthDay> CandidateDays(DateOnly localToday) => DateTriggerRule.DaysFallingOn(localToday);

    protected override DateOnly LocalDateOf(YearlyDateCandidate candidate, ZoneGroup group) => DateOnly.FromDateTime(candidate.Date);

    protected override string KeyFor(int customerId, int year) => TriggerKeys.Birthday(customerId, year);

    protected override async Task<IReadOnlyList<YearlyDateCandidate>> ReadCandidatesAsync(ZoneGroup group, int[] months, int[] days, int afterId, int take)
    {
        var rows = await _customerRepository.Table
            .Where(CustomerFilters.Reachable)
            .Where(group.Members)
            .Where(c => c.Id > afterId && c.DateOfBirth != null
                && months.Contains(c.DateOfBirth.Value.Month) && days.Contains(c.DateOfBirth.Value.Day))
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.DateOfBirth, c.RegisteredInStoreId })
            .Take(take)
            .ToListAsync();
        return rows.Select(r => new YearlyDateCandidate(r.Id, r.Id, r.RegisteredInStoreId, r.DateOfBirth!.Value)).ToList();
    }
}
