using System.Linq.Expressions;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Media;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Shipping;

namespace Nop.Services.Localization
{
    public partial interface ILocalizationService
    {
        Task<TPropType> GetLocalizedAsync<TEntity, TPropType>(TEntity entity, Expression<Func<TEntity, TPropType>> keySelector,
            int? languageId = null, bool returnDefaultValue = true, bool ensureTwoPublishedLanguages = true)
            where TEntity : BaseEntity, ILocalizedEntity;

        Task<string> GetResourceAsync(string resourceKey, int languageId,
            bool logIfNotFound = true, string defaultValue = "", bool returnEmptyIfNotFound = false);

        Task<string> GetLocalizedEnumAsync<TEnum>(TEnum enumValue, int? languageId = null) where TEnum : struct;
    }

    public partial interface ILocalizedEntityService
    {
        Task SaveLocalizedValueAsync<T, TPropType>(T entity,
            Expression<Func<T, TPropType>> keySelector,
            TPropType localeValue,
            int languageId) where T : BaseEntity, ILocalizedEntity;
    }

    public partial interface ILanguageService
    {
        Task<Language> GetLanguageByIdAsync(int languageId);
    }
}

namespace Nop.Services.Media
{
    public partial interface IPictureService
    {
        Task<string> GetPictureUrlAsync(int pictureId,
            int targetSize = 0,
            bool showDefaultPicture = true,
            string storeLocation = null,
            PictureType defaultPictureType = PictureType.Entity);

        Task<(string Url, Picture Picture)> GetPictureUrlAsync(Picture picture,
            int targetSize = 0,
            bool showDefaultPicture = true,
            string storeLocation = null,
            PictureType defaultPictureType = PictureType.Entity);

        Task<IList<Picture>> GetPicturesByProductIdAsync(int productId, int recordsToReturn = 0);
    }
}

namespace Nop.Services.Seo
{
    public partial interface IUrlRecordService
    {
        Task<string> GetSeNameAsync<T>(T entity, int? languageId = null, bool returnDefaultValue = true,
            bool ensureTwoPublishedLanguages = true) where T : BaseEntity, ISlugSupported;
    }
}

namespace Nop.Services.Catalog
{
    public partial interface IPriceFormatter
    {
        Task<string> FormatPriceAsync(decimal price, bool showCurrency,
            string currencyCode, int languageId, bool priceIncludesTax);
    }

    public partial interface IProductService
    {
        Task<IList<Product>> GetProductsByIdsAsync(int[] productIds);

        Task<IList<RelatedProduct>> GetRelatedProductsByProductId1Async(int productId1, bool showHidden = false);

        Task<IList<Product>> GetCrossSellProductsByShoppingCartAsync(IList<ShoppingCartItem> cart, int numberOfProducts);
    }
}

namespace Nop.Services.Directory
{
    public partial interface ICurrencyService
    {
        Task<Currency> GetCurrencyByIdAsync(int currencyId);
    }
}


namespace Nop.Services.Messages
{
    public partial interface IEmailAccountService
    {
        Task<EmailAccount> GetEmailAccountByIdAsync(int emailAccountId);

        Task<IList<EmailAccount>> GetAllEmailAccountsAsync();
    }

    public partial interface INewsLetterSubscriptionService
    {
        Task<IList<NewsLetterSubscription>> GetNewsLetterSubscriptionsByEmailAsync(string email, int storeId = 0, int subscriptionTypeId = 0, bool? isActive = null);
    }
}

namespace Nop.Services.Gdpr
{
    public partial interface IGdprService
    {
        Task<bool?> IsConsentAcceptedAsync(int consentId, int customerId);
    }
}

namespace Nop.Services.Shipping
{
    public partial interface IShipmentService
    {
        Task<Nop.Services.Shipping.Tracking.IShipmentTracker> GetShipmentTrackerAsync(Shipment shipment);
    }
}

namespace Nop.Services.Shipping.Tracking
{
    public partial interface IShipmentTracker
    {
        Task<string> GetUrlAsync(string trackingNumber, Shipment shipment = null);
    }
}
