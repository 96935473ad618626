using System.Collections.Concurrent;
using Nop.Core.Domain.Security;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// Permission records in memory. <see cref="InsertPermissions"/> does what nopCommerce does at every start:
/// adds the records of every permission config manager that are still missing.
/// </summary>
public sealed class InMemoryPermissionService : IPermissionService
{
    private readonly ConcurrentDictionary<string, PermissionRecord> _records = new();
    private int _nextId;

    public HashSet<string> DeniedToCurrentCustomer { get; } = new();

    public IReadOnlyCollection<PermissionRecord> Records => _records.Values.ToList();

    public void InsertPermissions(IEnumerable<IPermissionConfigManager> managers)
    {
        foreach (var config in managers.SelectMany(m => m.AllConfigs))
            _records.GetOrAdd(config.SystemName, _ => new PermissionRecord
            {
                Id = Interlocked.Increment(ref _nextId),
                Name = config.Name,
                SystemName = config.SystemName,
                Category = config.Category
            });
    }

    /// <summary>A host permission record (e.g. access to the admin panel), as nopCommerce's install creates it.</summary>
    public void InsertStandardPermission(string systemName)
    {
        _records.GetOrAdd(systemName, _ => new PermissionRecord { Id = Interlocked.Increment(ref _nextId), Name = systemName, SystemName = systemName, Category = "Standard" });
    }

    public Task<IList<PermissionRecord>> GetAllPermissionRecordsAsync()
    {
        return Task.FromResult<IList<PermissionRecord>>(_records.Values.ToList());
    }

    public Task DeletePermissionRecordAsync(PermissionRecord permission)
    {
        _records.TryRemove(permission.SystemName, out _);
        return Task.CompletedTask;
    }

    public Task<bool> AuthorizeAsync(string permissionRecordSystemName)
    {
        return Task.FromResult(_records.ContainsKey(permissionRecordSystemName) && !DeniedToCurrentCustomer.Contains(permissionRecordSystemName));
    }
}
