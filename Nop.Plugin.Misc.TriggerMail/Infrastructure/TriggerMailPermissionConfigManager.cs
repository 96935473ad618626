using Nop.Core.Domain.Customers;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure;

/// <summary>
/// The plugin's permissions; nopCommerce inserts missing ones at every start and grants them to administrators.
/// </summary>
public class TriggerMailPermissionConfigManager : IPermissionConfigManager
{
    public IList<PermissionConfig> AllConfigs =>
    [
        new("Admin area. Trigger mail: manage scenarios, templates, segments and settings",
            TriggerMailDefaults.Permissions.Manage, nameof(StandardPermission.Promotions), NopCustomerDefaults.AdministratorsRoleName),
        new("Admin area. Trigger mail: view statistics",
            TriggerMailDefaults.Permissions.ViewStatistics, nameof(StandardPermission.Promotions), NopCustomerDefaults.AdministratorsRoleName)
    ];
}
