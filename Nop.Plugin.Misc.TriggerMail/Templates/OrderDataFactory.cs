using System.Globalization;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Services.Shipping;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// The triggering order as the customer sees it: prices in the currency and at the rate the order was placed
/// with, the date in the customer's time zone and language, the latest shipment's tracking number and link.
/// </summary>
public class OrderDataFactory
{
    private readonly IRepository<OrderItem> _orderItemRepository;
    private readonly IRepository<Product> _productRepository;
    private readonly IRepository<Shipment> _shipmentRepository;
    private readonly IPriceFormatter _priceFormatter;
    private readonly ILocalizationService _localizationService;
    private readonly ProductDataFactory _productDataFactory;
    private readonly IShipmentService _shipmentService;

    public OrderDataFactory(IRepository<OrderItem> orderItemRepository, IRepository<Product> productRepository,
        IRepository<Shipment> shipmentRepository, IPriceFormatter priceFormatter, ILocalizationService localizationService,
        ProductDataFactory productDataFactory, IShipmentService shipmentService)
    {
        _orderItemRepository = orderItemRepository;
        _productRepository = productRepository;
        _shipmentRepository = shipmentRepository;
        _priceFormatter = priceFormatter;
        _localizationService = localizationService;
        _productDataFactory = productDataFactory;
        _shipmentService = shipmentService;
    }

    public async Task<OrderData> CreateAsync(Order order, Customer customer, LanguageChoice language, string storeUrl, int? shipmentId)
    {
        var items = await _orderItemRepository.GetAllAsync(q => q.Where(i => i.OrderId == order.Id).OrderBy(i => i.Id));
        var productIds = items.Select(i => i.ProductId).Distinct().ToList();
        var products = (await _productRepository.GetAllAsync(q => q.Where(p => productIds.Contains(p.Id)))).ToDictionary(p => p.Id);

        var lines = new List<LineItemData>();
        foreach (var item in items)
        {
            var (name, url, pictureUrl) = await _productDataFactory.DescribeAsync(products.GetValueOrDefault(item.ProductId), language.LanguageId, storeUrl);
            lines.Add(new LineItemData
            {
                Name = name,
                Sku = products.GetValueOrDefault(item.ProductId)?.Sku,
                Attributes = item.AttributeDescription,
                Quantity = item.Quantity,
                UnitPrice = await MoneyAsync(order, item.UnitPriceInclTax, language),
                Total = await MoneyAsync(order, item.PriceInclTax, language),
                PictureUrl = pictureUrl,
                ProductUrl = url
            });
        }

        var shipment = await FindShipmentAsync(order.Id, shipmentId);
        return new OrderData
        {
            Number = string.IsNullOrEmpty(order.CustomOrderNumber) ? order.Id.ToString(CultureInfo.InvariantCulture) : order.CustomOrderNumber,
            CreatedOnUtc = DateTime.SpecifyKind(order.CreatedOnUtc, DateTimeKind.Utc),
            Date = CustomerTime.Format(order.CreatedOnUtc, customer?.TimeZoneId, language.Culture),
            Status = await _localizationService.GetLocalizedEnumAsync(order.OrderStatus, language.LanguageId),
            Url = ProductDataFactory.Absolute(storeUrl, $"orderdetails/{order.Id}"),
            Items = lines,
            Subtotal = await MoneyAsync(order, order.OrderSubtotalInclTax, language),
            Shipping = await MoneyAsync(order, order.OrderShippingInclTax, language),
            Tax = await MoneyAsync(order, order.OrderTax, language),
            Discount = await MoneyAsync(order, order.OrderDiscount, language),
            Total = await MoneyAsync(order, order.OrderTotal, language),
            TrackingNumber = shipment?.TrackingNumber,
            TrackingUrl = await TrackingUrlAsync(shipment)
        };
    }

    private async Task<Shipment> FindShipmentAsync(int orderId, int? shipmentId)
    {
        var shipments = await _shipmentRepository.GetAllAsync(q => q.Where(s => s.OrderId == orderId).OrderByDescending(s => s.Id));
        return shipments.FirstOrDefault(s => s.Id == shipmentId) ?? shipments.FirstOrDefault(s => !string.IsNullOrEmpty(s.TrackingNumber));
    }

    private async Task<string> TrackingUrlAsync(Shipment shipment)
    {
        if (string.IsNullOrEmpty(shipment?.TrackingNumber))
            return null;

        var tracker = await _shipmentService.GetShipmentTrackerAsync(shipment);
        return tracker is null ? null : await tracker.GetUrlAsync(shipment.TrackingNumber, shipment);
    }

    private Task<string> MoneyAsync(Order order, decimal amountInPrimaryCurrency, LanguageChoice language)
    {
        var rate = order.CurrencyRate == 0 ? 1 : order.CurrencyRate;
        return _priceFormatter.FormatPriceAsync(amountInPrimaryCurrency * rate, true, order.CustomerCurrencyCode, language.LanguageId, true);
    }
}
