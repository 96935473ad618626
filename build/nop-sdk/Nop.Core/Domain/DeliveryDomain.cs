using Nop.Core.Configuration;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Seo;

namespace Nop.Core.Domain
{
    public partial class StoreInformationSettings : ISettings
    {
        public int LogoPictureId { get; set; }
    }
}

namespace Nop.Core.Domain.Localization
{
    public partial interface ILocalizedEntity;
}

namespace Nop.Core.Domain.Seo
{
    public partial interface ISlugSupported;
}

namespace Nop.Core.Domain.Catalog
{
    public partial class Product : ILocalizedEntity, ISlugSupported
    {
    }

    public partial class RelatedProduct : BaseEntity
    {
        public int ProductId1 { get; set; }

        public int ProductId2 { get; set; }

        public int DisplayOrder { get; set; }
    }
}

namespace Nop.Core.Domain.Media
{
    public partial class Picture : BaseEntity
    {
        public string MimeType { get; set; }

        public string SeoFilename { get; set; }

        public string AltAttribute { get; set; }

        public string TitleAttribute { get; set; }

        public bool IsNew { get; set; }

        public string VirtualPath { get; set; }
    }

    public enum PictureType
    {
        Entity = 1,
        Avatar = 10
    }
}

namespace Nop.Core.Domain.Directory
{
    public partial class Currency : BaseEntity, ILocalizedEntity
    {
        public string Name { get; set; }

        public string CurrencyCode { get; set; }

        public decimal Rate { get; set; }

        public string DisplayLocale { get; set; }

        public string CustomFormatting { get; set; }

        public bool Published { get; set; }
    }

    public partial class CurrencySettings : ISettings
    {
        public int PrimaryStoreCurrencyId { get; set; }
    }
}

namespace Nop.Core.Domain.Messages
{
    public partial class EmailAccountSettings : ISettings
    {
        public int DefaultEmailAccountId { get; set; }
    }
}

namespace Nop.Core.Domain.Gdpr
{
    public partial class CustomerPermanentlyDeleted
    {
        public CustomerPermanentlyDeleted(int customerId, string email)
        {
            CustomerId = customerId;
            Email = email;
        }

        public int CustomerId { get; }

        public string Email { get; }
    }
}
