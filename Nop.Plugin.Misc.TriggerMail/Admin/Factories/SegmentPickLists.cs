using System.Globalization;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>
/// The store's own lists a segment rule picks ids from (countries, languages, stores, customer roles, newsletter
/// lists, scenarios, months), keyed by list name, and which field's value (or option) takes ids from which list.
/// </summary>
public class SegmentPickLists
{
    public const string Countries = "countries";
    public const string Languages = "languages";
    public const string Stores = "stores";
    public const string Roles = "roles";
    public const string NewsletterLists = "newsletterLists";
    public const string Scenarios = "scenarios";
    public const string Months = "months";

    /// <summary>Field (or option) → the list its ids come from. Fields not named here take typed-in ids.</summary>
    public static IReadOnlyDictionary<string, string> ListOfField { get; } = new Dictionary<string, string>
    {
        ["profile.country"] = Countries,
        ["profile.language"] = Languages,
        ["profile.registeredInStore"] = Stores,
        ["profile.role"] = Roles,
        ["profile.newsletter"] = NewsletterLists,
        ["profile.birthdayMonth"] = Months,
        [SegmentOptions.ScenarioId] = Scenarios
    };

    private readonly IRepository<Country> _countryRepository;
    private readonly IRepository<Language> _languageRepository;
    private readonly IRepository<Store> _storeRepository;
    private readonly IRepository<CustomerRole> _customerRoleRepository;
    private readonly IRepository<NewsLetterSubscriptionType> _newsletterListRepository;
    private readonly IRepository<Scenario> _scenarioRepository;

    public SegmentPickLists(IRepository<Country> countryRepository,
        IRepository<Language> languageRepository,
        IRepository<Store> storeRepository,
        IRepository<CustomerRole> customerRoleRepository,
        IRepository<NewsLetterSubscriptionType> newsletterListRepository,
        IRepository<Scenario> scenarioRepository)
    {
        _countryRepository = countryRepository;
        _languageRepository = languageRepository;
        _storeRepository = storeRepository;
        _customerRoleRepository = customerRoleRepository;
        _newsletterListRepository = newsletterListRepository;
        _scenarioRepository = scenarioRepository;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<SegmentPickItem>>> LoadAsync()
    {
        return new Dictionary<string, IReadOnlyList<SegmentPickItem>>
        {
            [Countries] = Items(await _countryRepository.Table.OrderBy(c => c.DisplayOrder).ThenBy(c => c.Name).ToListAsync(), c => c.Id, c => c.Name),
            [Languages] = Items(await _languageRepository.Table.OrderBy(l => l.DisplayOrder).ToListAsync(), l => l.Id, l => l.Name),
            [Stores] = await StoresAsync(),
            [Roles] = Items(await _customerRoleRepository.Table.OrderBy(r => r.Name).ToListAsync(), r => r.Id, r => r.Name),
            [NewsletterLists] = Items(await _newsletterListRepository.Table.OrderBy(l => l.DisplayOrder).ThenBy(l => l.Name).ToListAsync(), l => l.Id, l => l.Name),
            [Scenarios] = Items(await _scenarioRepository.Table.OrderBy(s => s.Name).ToListAsync(), s => s.Id, s => s.Name),
            [Months] = Enumerable.Range(1, 12).Select(m => new SegmentPickItem(m, CultureInfo.CurrentCulture.DateTimeFormat.GetMonthName(m))).ToList()
        };
    }

    public async Task<IReadOnlyList<SegmentPickItem>> StoresAsync()
    {
        return Items(await _storeRepository.Table.Where(s => !s.Deleted).OrderBy(s => s.DisplayOrder).ThenBy(s => s.Name).ToListAsync(), s => s.Id, s => s.Name);
    }

    private static List<SegmentPickItem> Items<T>(IEnumerable<T> rows, Func<T, int> id, Func<T, string> name)
    {
        return rows.Select(r => new SegmentPickItem(id(r), name(r))).ToList();
    }
}
