using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Media;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Gdpr;
using Nop.Services.Localization;
using Nop.Services.Media;
using Nop.Services.Messages;
using Nop.Services.Seo;
using Nop.Services.Shipping;
using Nop.Services.Shipping.Tracking;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// The host services delivery and templates call, as simple equivalents: languages, email accounts and
/// newsletter subscriptions over the harness database; pictures, slugs, prices, shipment tracking and GDPR
/// consents as predictable fakes a test can read back.
/// </summary>
public static class HarnessDeliveryServices
{
    public const string CurrencyCode = "USD";

    public static void Register(IServiceCollection services, StoreHarness harness)
    {
        services.AddSingleton<ILocalizedEntityService>(new InMemoryLocalizedEntityService(harness.Locales));
        services.AddScoped<ILanguageService, RepositoryLanguageService>();
        services.AddScoped<IEmailAccountService, RepositoryEmailAccountService>();
        services.AddScoped<INewsLetterSubscriptionService, RepositoryNewsLetterSubscriptionService>();
        services.AddSingleton<IGdprService>(harness.Gdpr);
        services.AddSingleton<IPictureService, FakePictureService>();
        services.AddSingleton<IUrlRecordService, FakeUrlRecordService>();
        services.AddSingleton<IPriceFormatter, FakePriceFormatter>();
        services.AddSingleton<ICurrencyService, FakeCurrencyService>();
        services.AddSingleton<IShipmentService, FakeShipmentService>();
        services.AddSingleton<HarnessProductLinks>();
        services.AddScoped<IProductService, RepositoryProductService>();
        services.AddScoped(_ => harness.Settings.LoadSettingAsync<EmailAccountSettings>().GetAwaiter().GetResult());
        services.AddScoped(_ => harness.Settings.LoadSettingAsync<CurrencySettings>().GetAwaiter().GetResult());
        services.AddScoped(_ => harness.Settings.LoadSettingAsync<Nop.Core.Domain.StoreInformationSettings>().GetAwaiter().GetResult());
    }
}

public sealed class InMemoryLocalizedEntityService : ILocalizedEntityService
{
    private readonly InMemoryLocalizationService _localization;

    public InMemoryLocalizedEntityService(InMemoryLocalizationService localization) => _localization = localization;

    public Task SaveLocalizedValueAsync<T, TPropType>(T entity, System.Linq.Expressions.Expression<Func<T, TPropType>> keySelector,
        TPropType localeValue, int languageId) where T : BaseEntity, ILocalizedEntity
    {
        _localization.SetLocalized(entity, keySelector, localeValue, languageId);
        return Task.CompletedTask;
    }
}

public sealed class InMemoryGdprService : IGdprService
{
    private readonly ConcurrentDictionary<(int ConsentId, int CustomerId), bool> _answers = new();

    public void Answer(int consentId, int customerId, bool accepted) => _answers[(consentId, customerId)] = accepted;

    public Task<bool?> IsConsentAcceptedAsync(int consentId, int customerId)
    {
        return Task.FromResult(_answers.TryGetValue((consentId, customerId), out var accepted) ? accepted : (bool?)null);
    }
}

public sealed class RepositoryLanguageService : ILanguageService
{
    private readonly IRepository<Language> _languages;

    public RepositoryLanguageService(IRepository<Language> languages) => _languages = languages;

    public Task<Language> GetLanguageByIdAsync(int languageId) => _languages.GetByIdAsync(languageId);
}

public sealed class RepositoryEmailAccountService : IEmailAccountService
{
    private readonly IRepository<EmailAccount> _accounts;

    public RepositoryEmailAccountService(IRepository<EmailAccount> accounts) => _accounts = accounts;

    public Task<EmailAccount> GetEmailAccountByIdAsync(int emailAccountId) => _accounts.GetByIdAsync(emailAccountId);

    public Task<IList<EmailAccount>> GetAllEmailAccountsAsync() => _accounts.GetAllAsync(q => q.OrderBy(a => a.Id));
}

public sealed class RepositoryNewsLetterSubscriptionService : INewsLetterSubscriptionService
{
    private readonly IRepository<NewsLetterSubscription> _subscriptions;

    public RepositoryNewsLetterSubscriptionService(IRepository<NewsLetterSubscription> subscriptions) => _subscriptions = subscriptions;

    public Task<IList<NewsLetterSubscription>> GetNewsLetterSubscriptionsByEmailAsync(string email, int storeId = 0, int subscriptionTypeId = 0, bool? isActive = null)
    {
        var normalized = email.Trim().ToLowerInvariant();
        return _subscriptions.GetAllAsync(q => q.Where(s => s.Email.ToLower() == normalized
            && (storeId == 0 || s.StoreId == storeId)
            && (subscriptionTypeId == 0 || s.TypeId == subscriptionTypeId)
            && (isActive == null || s.Active == isActive)));
    }
}

/// <summary>Related and cross-sell links between products (product id to the ids it points at).</summary>
public sealed class HarnessProductLinks
{
    public ConcurrentDictionary<int, int[]> Related { get; } = new();

    public ConcurrentDictionary<int, int[]> CrossSells { get; } = new();
}

public sealed class RepositoryProductService : IProductService
{
    private readonly IRepository<Product> _products;
    private readonly HarnessProductLinks _links;

    public RepositoryProductService(IRepository<Product> products, HarnessProductLinks links)
    {
        _products = products;
        _links = links;
    }

    public Task<IList<Product>> GetProductsByIdsAsync(int[] productIds) => _products.GetByIdsAsync(productIds);

    public Task<IList<RelatedProduct>> GetRelatedProductsByProductId1Async(int productId1, bool showHidden = false)
    {
        var related = _links.Related.GetValueOrDefault(productId1, []);
        return Task.FromResult<IList<RelatedProduct>>(related.Select((id, order) => new RelatedProduct { ProductId1 = productId1, ProductId2 = id, DisplayOrder = order }).ToList());
    }

    public async Task<IList<Product>> GetCrossSellProductsByShoppingCartAsync(IList<ShoppingCartItem> cart, int numberOfProducts)
    {
        var inCart = cart.Select(i => i.ProductId).ToHashSet();
        var ids = cart.SelectMany(i => _links.CrossSells.GetValueOrDefault(i.ProductId, [])).Where(id => !inCart.Contains(id)).Distinct().Take(numberOfProducts).ToList();
        return ids.Count == 0 ? [] : await _products.GetByIdsAsync(ids);
    }
}

/// <summary>Every product has one picture whose id is the product id; its URL names the product and size.</summary>
public sealed class FakePictureService : IPictureService
{
    public Task<(string Url, Picture Picture)> GetPictureUrlAsync(Picture picture, int targetSize = 0, bool showDefaultPicture = true,
        string storeLocation = null, PictureType defaultPictureType = PictureType.Entity)
    {
        return Task.FromResult(($"{storeLocation ?? HarnessWebHelper.StoreLocation}images/thumbs/{picture.Id:0000000}_{targetSize}.jpeg", picture));
    }

    public Task<string> GetPictureUrlAsync(int pictureId, int targetSize = 0, bool showDefaultPicture = true, string storeLocation = null,
        PictureType defaultPictureType = PictureType.Entity)
    {
        return Task.FromResult($"{storeLocation ?? HarnessWebHelper.StoreLocation}images/thumbs/{pictureId:0000000}_{targetSize}.png");
    }

    public Task<IList<Picture>> GetPicturesByProductIdAsync(int productId, int recordsToReturn = 0)
    {
        return Task.FromResult<IList<Picture>>([new Picture { Id = productId, MimeType = "image/jpeg" }]);
    }
}

/// <summary>A product's slug is its id plus the language id, so a test can see which language was asked for.</summary>
public sealed class FakeUrlRecordService : IUrlRecordService
{
    public Task<string> GetSeNameAsync<T>(T entity, int? languageId = null, bool returnDefaultValue = true, bool ensureTwoPublishedLanguages = true)
        where T : BaseEntity, ISlugSupported
    {
        return Task.FromResult($"{typeof(T).Name.ToLowerInvariant()}-{entity.Id}-l{languageId ?? 0}");
    }
}

public sealed class FakePriceFormatter : IPriceFormatter
{
    public Task<string> FormatPriceAsync(decimal price, bool showCurrency, string currencyCode, int languageId, bool priceIncludesTax)
    {
        return Task.FromResult($"{price.ToString("0.00", CultureInfo.InvariantCulture)} {currencyCode}");
    }
}

public sealed class FakeCurrencyService : ICurrencyService
{
    public Task<Currency> GetCurrencyByIdAsync(int currencyId)
    {
        return Task.FromResult(new Currency { Id = currencyId, CurrencyCode = HarnessDeliveryServices.CurrencyCode, Name = "US Dollar", Rate = 1 });
    }
}

public sealed class FakeShipmentService : IShipmentService
{
    public Task<IShipmentTracker> GetShipmentTrackerAsync(Shipment shipment) => Task.FromResult<IShipmentTracker>(new FakeShipmentTracker());

    private sealed class FakeShipmentTracker : IShipmentTracker
    {
        public Task<string> GetUrlAsync(string trackingNumber, Shipment shipment = null) => Task.FromResult($"https://track.test/{trackingNumber}");
    }
}
