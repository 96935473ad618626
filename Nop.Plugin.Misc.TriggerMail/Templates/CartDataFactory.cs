using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;
using Nop.Services.Catalog;
using Nop.Services.Directory;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// The customer's shopping cart in this store (not the wishlist), priced in the store's primary currency, with
/// the "return to cart" link; and the products to offer with it.
/// </summary>
public class CartDataFactory
{
    public const int MaxRecommended = 4;

    private readonly IRepository<ShoppingCartItem> _cartRepository;
    private readonly IRepository<Product> _productRepository;
    private readonly IPriceFormatter _priceFormatter;
    private readonly ICurrencyService _currencyService;
    private readonly CurrencySettings _currencySettings;
    private readonly ProductDataFactory _productDataFactory;

    public CartDataFactory(IRepository<ShoppingCartItem> cartRepository, IRepository<Product> productRepository, IPriceFormatter priceFormatter,
        ICurrencyService currencyService, CurrencySettings currencySettings, ProductDataFactory productDataFactory)
    {
        _cartRepository = cartRepository;
        _productRepository = productRepository;
        _priceFormatter = priceFormatter;
        _currencyService = currencyService;
        _currencySettings = currencySettings;
        _productDataFactory = productDataFactory;
    }

    public async Task<IList<ShoppingCartItem>> LoadCartAsync(int customerId, int storeId)
    {
        return await _cartRepository.GetAllAsync(q => q
            .Where(i => i.CustomerId == customerId && i.StoreId == storeId && i.ShoppingCartTypeId == (int)ShoppingCartType.ShoppingCart)
            .OrderBy(i => i.Id));
    }

    public async Task<CartData> CreateAsync(IList<ShoppingCartItem> cart, int languageId, string storeUrl)
    {
        var productIds = cart.Select(i => i.ProductId).Distinct().ToList();
        var products = (await _productRepository.GetAllAsync(q => q.Where(p => productIds.Contains(p.Id)))).ToDictionary(p => p.Id);
        var currencyCode = (await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId))?.CurrencyCode;

        var lines = new List<LineItemData>();
        decimal subtotal = 0;
        foreach (var item in cart)
        {
            var product = products.GetValueOrDefault(item.ProductId);
            var unitPrice = item.CustomerEnteredPrice > 0 ? item.CustomerEnteredPrice : product?.Price ?? 0;
            subtotal += unitPrice * item.Quantity;
            var (name, url, pictureUrl) = await _productDataFactory.DescribeAsync(product, languageId, storeUrl);
            lines.Add(new LineItemData
            {
                Name = name,
                Sku = product?.Sku,
                Quantity = item.Quantity,
                UnitPrice = await _priceFormatter.FormatPriceAsync(unitPrice, true, currencyCode, languageId, false),
                Total = await _priceFormatter.FormatPriceAsync(unitPrice * item.Quantity, true, currencyCode, languageId, false),
                PictureUrl = pictureUrl,
                ProductUrl = url
            });
        }

        return new CartData
        {
            Items = lines,
            ItemCount = cart.Sum(i => i.Quantity),
            Subtotal = await _priceFormatter.FormatPriceAsync(subtotal, true, currencyCode, languageId, false),
            Url = ProductDataFactory.Absolute(storeUrl, "cart")
        };
    }

    public async Task<IReadOnlyList<ProductData>> DescribeProductsAsync(IEnumerable<Product> products, int languageId, string storeUrl)
    {
        var currencyCode = (await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId))?.CurrencyCode;
        var result = new List<ProductData>();
        foreach (var product in products.Where(p => p is { Published: true, Deleted: false }).Take(MaxRecommended))
        {
            var (name, url, pictureUrl) = await _productDataFactory.DescribeAsync(product, languageId, storeUrl);
            result.Add(new ProductData
            {
                Name = name,
                Url = url,
                PictureUrl = pictureUrl,
                Price = await _priceFormatter.FormatPriceAsync(product.Price, true, currencyCode, languageId, false)
            });
        }

        return result;
    }
}
