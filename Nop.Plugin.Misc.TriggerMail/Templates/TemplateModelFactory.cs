using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// Builds the plain-data model a template sees from the store's data, in the customer's language. Missing
/// pieces (a deleted order, an empty cart) become empty parts, never an exception.
/// </summary>
public class TemplateModelFactory
{
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<Store> _storeRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<Shipment> _shipmentRepository;
    private readonly LanguageResolver _languageResolver;
    private readonly TemplateModelParts _parts;

    public TemplateModelFactory(IRepository<Customer> customerRepository, IRepository<Store> storeRepository, IRepository<Order> orderRepository,
        IRepository<Shipment> shipmentRepository, LanguageResolver languageResolver, TemplateModelParts parts)
    {
        _customerRepository = customerRepository;
        _storeRepository = storeRepository;
        _orderRepository = orderRepository;
        _shipmentRepository = shipmentRepository;
        _languageResolver = languageResolver;
        _parts = parts;
    }

    public async Task<(EmailModel Model, LanguageChoice Language)> CreateAsync(TemplateModelRequest request)
    {
        var customer = await _customerRepository.GetByIdAsync(request.CustomerId);
        var store = await _storeRepository.GetByIdAsync(request.StoreId)
            ?? (await _storeRepository.GetAllAsync(q => q.OrderBy(s => s.DisplayOrder).ThenBy(s => s.Id))).FirstOrDefault();
        var order = await FindOrderAsync(request);
        var language = await _languageResolver.ResolveAsync(customer, store, request.LanguageId ?? (order?.CustomerLanguageId > 0 ? order.CustomerLanguageId : null));
        var storeUrl = StoreUrl(store);

        var orderData = order is null ? null : await _parts.Orders.CreateAsync(order, customer, language, storeUrl, request.ShipmentId);
        var cart = request.IncludeCart && customer is not null ? await _parts.Carts.LoadCartAsync(customer.Id, store?.Id ?? request.StoreId) : [];
        var cartData = cart.Count == 0 ? null : await _parts.Carts.CreateAsync(cart, language.LanguageId, storeUrl);
        var recommended = await RecommendAsync(cart, order, language, storeUrl);

        var model = new EmailModel
        {
            Culture = language.Culture,
            Customer = await CustomerDataAsync(customer, language),
            Store = new StoreData
            {
                Name = store?.Name, Url = storeUrl, LogoUrl = await LogoUrlAsync(storeUrl), CompanyName = store?.CompanyName, Address = store?.CompanyAddress,
                Phone = store?.CompanyPhoneNumber
            },
            Order = orderData,
            Cart = cartData,
            Recommended = recommended,
            Links = new LinksData { Unsubscribe = request.UnsubscribeUrl, Store = storeUrl, Cart = ProductDataFactory.Absolute(storeUrl, "cart") }
        };
        return (model, language);
    }

    public static string StoreUrl(Store store)
    {
        var url = string.IsNullOrWhiteSpace(store?.Url) ? "/" : store.Url.Trim();
        return url.EndsWith('/') ? url : url + "/";
    }

    private async Task<string> LogoUrlAsync(string storeUrl)
    {
        if (_parts.StoreInformation.LogoPictureId <= 0)
            return null;

        return ProductDataFactory.Absolute(storeUrl,
            await _parts.Pictures.GetPictureUrlAsync(_parts.StoreInformation.LogoPictureId, showDefaultPicture: false, storeLocation: storeUrl));
    }

    private async Task<Order> FindOrderAsync(TemplateModelRequest request)
    {
        var orderId = request.OrderId;
        if (orderId is null && request.ShipmentId is { } shipmentId)
            orderId = (await _shipmentRepository.GetByIdAsync(shipmentId))?.OrderId;

        var order = orderId is { } id ? await _orderRepository.GetByIdAsync(id) : null;
        return order is { Deleted: false } && order.CustomerId == request.CustomerId ? order : null;
    }

    private async Task<CustomerData> CustomerDataAsync(Customer customer, LanguageChoice language)
    {
        var fullName = string.Join(" ", new[] { customer?.FirstName, customer?.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))).Trim();
        var fallback = await _parts.Localization.GetResourceAsync(TemplateResources.GreetingFallback, language.LanguageId, false, "customer");
        return new CustomerData
        {
            FirstName = customer?.FirstName,
            LastName = customer?.LastName,
            FullName = fullName,
            Email = customer?.Email,
            Greeting = !string.IsNullOrWhiteSpace(customer?.FirstName) ? customer.FirstName.Trim()
                : fullName.Length > 0 ? fullName
                : fallback
        };
    }

    private async Task<IReadOnlyList<ProductData>> RecommendAsync(IList<ShoppingCartItem> cart, Order order, LanguageChoice language, string storeUrl)
    {
        IList<Product> products;
        if (cart.Count > 0)
            products = await _parts.Products.GetCrossSellProductsByShoppingCartAsync(cart, CartDataFactory.MaxRecommended);
        else if (order is not null)
            products = await RelatedToOrderAsync(order);
        else
            return [];

        return await _parts.Carts.DescribeProductsAsync(products ?? [], language.LanguageId, storeUrl);
    }

    private async Task<IList<Product>> RelatedToOrderAsync(Order order)
    {
        var bought = await _parts.OrderItems.GetAllAsync(q => q.Where(i => i.OrderId == order.Id).Select(i => i));
        var boughtIds = bought.Select(i => i.ProductId).ToHashSet();
        var relatedIds = new List<int>();
        foreach (var productId in boughtIds)
            relatedIds.AddRange((await _parts.Products.GetRelatedProductsByProductId1Async(productId))
                .OrderBy(r => r.DisplayOrder).Select(r => r.ProductId2).Where(id => !boughtIds.Contains(id)));

        var ids = relatedIds.Distinct().Take(CartDataFactory.MaxRecommended).ToArray();
        return ids.Length == 0 ? [] : await _parts.Products.GetProductsByIdsAsync(ids);
    }
}
