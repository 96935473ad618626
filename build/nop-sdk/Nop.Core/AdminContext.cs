using Nop.Core.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;

namespace Nop.Core
{
    public partial interface IWorkContext
    {
        Task<Customer> GetCurrentCustomerAsync();

        Task<Language> GetWorkingLanguageAsync();
    }
}

namespace Nop.Core.Domain.Common
{
    public partial class AdminAreaSettings : ISettings
    {
        public int DefaultGridPageSize { get; set; }

        public int PopupGridPageSize { get; set; }

        public string GridPageSizes { get; set; }
    }
}
