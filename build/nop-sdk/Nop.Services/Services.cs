using Nop.Core.Configuration;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Core.Domain.Security;

namespace Nop.Services.Configuration
{
    public partial interface ISettingService
    {
        Task<T> LoadSettingAsync<T>(int storeId = 0) where T : ISettings, new();

        Task SaveSettingAsync<T>(T settings, int storeId = 0) where T : ISettings, new();

        Task DeleteSettingAsync<T>() where T : ISettings, new();
    }
}

namespace Nop.Services.Localization
{
    public partial interface ILocalizationService
    {
        Task<string> GetResourceAsync(string resourceKey);

        Task AddOrUpdateLocaleResourceAsync(IDictionary<string, string> resources, int? languageId = null);

        void AddOrUpdateLocaleResource(IDictionary<string, string> resources, int? languageId = null);

        void DeleteLocaleResources(IList<string> resourceNames, int? languageId = null);

        Task DeleteLocaleResourcesAsync(string resourceNamePrefix, int? languageId = null);
    }
}

namespace Nop.Services.ScheduleTasks
{
    public partial interface IScheduleTask
    {
        Task ExecuteAsync();
    }

    public partial interface IScheduleTaskService
    {
        Task DeleteTaskAsync(ScheduleTask task);

        Task<ScheduleTask> GetTaskByTypeAsync(string type);

        Task InsertTaskAsync(ScheduleTask task);
    }
}

namespace Nop.Services.Events
{
    public partial interface IConsumer<T>
    {
        Task HandleEventAsync(T eventMessage);
    }
}

namespace Nop.Services.Security
{
    public partial interface IPermissionService
    {
        Task<IList<PermissionRecord>> GetAllPermissionRecordsAsync();

        Task DeletePermissionRecordAsync(PermissionRecord permission);

        Task<bool> AuthorizeAsync(string permissionRecordSystemName);
    }

    public partial interface IPermissionConfigManager
    {
        IList<PermissionConfig> AllConfigs { get; }
    }

    public partial class PermissionConfig
    {
        public PermissionConfig(string name, string systemName, string category, params string[] defaultCustomerRoles)
        {
            Name = name;
            SystemName = systemName;
            Category = category;
            DefaultCustomerRoles.AddRange(defaultCustomerRoles);
        }

        public string Name { get; protected set; }

        public string SystemName { get; protected set; }

        public string Category { get; protected set; }

        public List<string> DefaultCustomerRoles { get; } = new();
    }

    public partial class StandardPermission
    {
        public partial class Security
        {
            public const string ACCESS_ADMIN_PANEL = $"{nameof(Security)}.AccessAdminPanel";
        }

        public partial class Configuration
        {
            public const string MANAGE_PLUGINS = $"{nameof(Configuration)}.ManagePlugins";
        }

        public partial class Promotions
        {
            public const string CAMPAIGNS_VIEW = $"{nameof(Promotions)}.CampaignsView";
        }
    }
}

namespace Nop.Services.Messages
{
    public partial interface IEmailSender
    {
        Task SendEmailAsync(EmailAccount emailAccount, string subject, string body,
            string fromAddress, string fromName, string toAddress, string toName,
            string replyToAddress = null, string replyToName = null,
            IEnumerable<string> bcc = null, IEnumerable<string> cc = null,
            string attachmentFilePath = null, string attachmentFileName = null,
            int attachedDownloadId = 0, IDictionary<string, string> headers = null);
    }
}
