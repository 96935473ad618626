using Nop.Core.Domain.Customers;

namespace Nop.Services.Plugins
{
    public partial class PluginDescriptorBaseInfo
    {
        public virtual string SystemName { get; set; }

        public virtual string Version { get; set; }
    }

    public partial class PluginDescriptor : PluginDescriptorBaseInfo
    {
    }

    public partial interface IPlugin
    {
        string GetConfigurationPageUrl();

        PluginDescriptor PluginDescriptor { get; set; }

        Task InstallAsync();

        Task InstallSampleDataAsync();

        Task UninstallAsync();

        Task UpdateAsync(string currentVersion, string targetVersion);

        Task PreparePluginToUninstallAsync();
    }

    public abstract partial class BasePlugin : IPlugin
    {
        public virtual string GetConfigurationPageUrl()
        {
            return null;
        }

        public virtual PluginDescriptor PluginDescriptor { get; set; }

        public virtual Task InstallAsync()
        {
            return Task.CompletedTask;
        }

        public virtual Task InstallSampleDataAsync()
        {
            return Task.CompletedTask;
        }

        public virtual Task UninstallAsync()
        {
            return Task.CompletedTask;
        }

        public virtual Task UpdateAsync(string currentVersion, string targetVersion)
        {
            return Task.CompletedTask;
        }

        public virtual Task PreparePluginToUninstallAsync()
        {
            return Task.CompletedTask;
        }
    }

    public partial interface IPluginManager<TPlugin> where TPlugin : class, IPlugin
    {
        Task<TPlugin> LoadPluginBySystemNameAsync(string systemName, Customer customer = null, int storeId = 0);
    }
}

namespace Nop.Services.Common
{
    public partial interface IMiscPlugin : Nop.Services.Plugins.IPlugin
    {
    }
}
