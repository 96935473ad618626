using Nop.Core.Domain.Common;

namespace Nop.Core.Domain.Stores
{
    public partial class Store : BaseEntity, ISoftDeletedEntity
    {
        public string Name { get; set; }

        public string Url { get; set; }

        public bool SslEnabled { get; set; }

        public string Hosts { get; set; }

        public int DefaultLanguageId { get; set; }

        public int DisplayOrder { get; set; }

        public string CompanyName { get; set; }

        public string CompanyAddress { get; set; }

        public string CompanyPhoneNumber { get; set; }

        public string CompanyVat { get; set; }

        public bool Deleted { get; set; }
    }
}

namespace Nop.Core.Domain.Localization
{
    public partial class Language : BaseEntity
    {
        public string Name { get; set; }

        public string LanguageCulture { get; set; }

        public string UniqueSeoCode { get; set; }

        public string FlagImageFileName { get; set; }

        public bool Rtl { get; set; }

        public bool LimitedToStores { get; set; }

        public int DefaultCurrencyId { get; set; }

        public bool Published { get; set; }

        public int DisplayOrder { get; set; }
    }
}
