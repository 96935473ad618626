using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// The yearly return of the local day the customer registered (Customer.CreatedOnUtc in the customer's zone).
/// </summary>
public class RegistrationAnniversaryScanner : YearlyDateScanner
{
    private readonly IRepository<Customer> _customerRepository;

    public RegistrationAnniversaryScanner(ActiveScenarios activeScenarios, IRepository<Customer> customerRepository,
        DateScanner dateScanner, TriggerInbox triggerInbox) : base(activeScenarios, dateScanner, triggerInbox)
    {
        _customerRepository = customerRepository;
    }

    protected override TriggerKind Kind => TriggerKind.RegistrationAnniversary;

    protected override string CursorPrefix => "registration-anniversary";

    protected override string KeyFor(int customerId, int year) => TriggerKeys.RegistrationAnniversary(customerId, year);

    protected override async Task<IReadOnlyList<YearlyDateCandidate>> ReadCandidatesAsync(ZoneGroup group, int[] months, int[] days, int afterId, int take)
    {
        var rows = await _customerRepository.Table
            .Where(CustomerFilters.Reachable)
            .Where(group.Members)
            .Where(c => c.Id > afterId && months.Contains(c.CreatedOnUtc.Month) && days.Contains(c.CreatedOnUtc.Day))
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.CreatedOnUtc, c.RegisteredInStoreId })
            .Take(take)
            .ToListAsync();
        return rows.Select(r => new YearlyDateCandidate(r.Id, r.Id, r.RegisteredInStoreId, r.CreatedOnUtc)).ToList();
    }
}
