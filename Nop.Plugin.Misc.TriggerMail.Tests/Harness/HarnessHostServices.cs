using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Services.Plugins;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// Knows whether the plugin is installed and returns it by system name, like nopCommerce's plugin manager.
/// </summary>
public sealed class HarnessPluginManager : IPluginManager<IPlugin>
{
    private readonly StoreHarness _harness;
    private readonly IServiceProvider _services;

    public HarnessPluginManager(StoreHarness harness, IServiceProvider services)
    {
        _harness = harness;
        _services = services;
    }

    public Task<IPlugin> LoadPluginBySystemNameAsync(string systemName, Customer customer = null, int storeId = 0)
    {
        IPlugin plugin = _harness.PluginInstalled && systemName == TriggerMailDefaults.SystemName
            ? (IPlugin)Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance(_services, typeof(TriggerMailPlugin))
            : null;
        return Task.FromResult(plugin);
    }
}

public sealed class HarnessWebHelper : IWebHelper
{
    public const string StoreLocation = "https://store.test/";

    public string GetStoreLocation(bool? useSsl = null) => StoreLocation;
}

public sealed class HarnessStoreContext : IStoreContext
{
    public Store Store { get; set; } = new() { Id = 1, Name = "Test store", Url = HarnessWebHelper.StoreLocation, DefaultLanguageId = 1 };

    public Task<Store> GetCurrentStoreAsync() => Task.FromResult(Store);

    /// <summary>The store the admin chose in the admin's store-scope selector (0: all stores).</summary>
    public int ActiveStoreScope { get; set; }

    public Task<int> GetActiveStoreScopeConfigurationAsync() => Task.FromResult(ActiveStoreScope);
}
