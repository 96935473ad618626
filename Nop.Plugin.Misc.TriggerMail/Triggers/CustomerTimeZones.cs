using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Scans;
using Nop.Services.Configuration;
using Nop.Services.Helpers;

namespace Nop.Plugin.Misc.TriggerMail.Triggers;

/// <summary>
/// The time-zone groups of the store's customers, resolved as nopCommerce does: the customer's own zone when
/// customers may set one (DateTimeSettings.AllowCustomersToSetTimeZone), else the store's default zone
/// (DateTimeSettings.DefaultStoreTimeZoneId, else the server's). An unknown zone id falls back to the default.
/// </summary>
public class CustomerTimeZones
{
    private const string DefaultKey = "default";

    private readonly IRepository<Customer> _customerRepository;
    private readonly ISettingService _settingService;
    private IReadOnlyList<ZoneGroup> _groups;

    public CustomerTimeZones(IRepository<Customer> customerRepository, ISettingService settingService)
    {
        _customerRepository = customerRepository;
        _settingService = settingService;
    }

    public async Task<IReadOnlyList<ZoneGroup>> GroupsAsync()
    {
        if (_groups is not null)
            return _groups;

        var settings = await _settingService.LoadSettingAsync<DateTimeSettings>();
        var defaultZone = LocalCalendar.FindZone(settings.DefaultStoreTimeZoneId) ?? TimeZoneInfo.Local;
        if (!settings.AllowCustomersToSetTimeZone)
            return _groups = [new ZoneGroup(DefaultKey, c => true, defaultZone)];

        var ids = await _customerRepository.Table
            .Where(c => c.TimeZoneId != null && c.TimeZoneId != "")
            .Select(c => c.TimeZoneId)
            .Distinct()
            .ToListAsync();

        var groups = new List<ZoneGroup> { new(DefaultKey, c => c.TimeZoneId == null || c.TimeZoneId == "", defaultZone) };
        groups.AddRange(ids.OrderBy(id => id, StringComparer.Ordinal)
            .Select(id => new ZoneGroup(id, c => c.TimeZoneId == id, LocalCalendar.FindZone(id) ?? defaultZone)));
        return _groups = groups;
    }
}
