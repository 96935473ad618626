using System.Linq.Expressions;
using Nop.Core.Configuration;
using Nop.Services.Plugins;

namespace Nop.Services.Configuration
{
    public partial interface ISettingService
    {
        Task<bool> SettingExistsAsync<T, TPropType>(T settings,
            Expression<Func<T, TPropType>> keySelector, int storeId = 0)
            where T : ISettings, new();

        Task SaveSettingOverridablePerStoreAsync<T, TPropType>(T settings,
            Expression<Func<T, TPropType>> keySelector,
            bool overrideForStore, int storeId = 0, bool clearCache = true) where T : ISettings, new();

        Task ClearCacheAsync();
    }
}

namespace Nop.Services.Cms
{
    public partial interface IWidgetPlugin : IPlugin
    {
        bool HideInWidgetList { get; }

        Task<IList<string>> GetWidgetZonesAsync();

        Type GetWidgetViewComponent(string widgetZone);
    }
}
