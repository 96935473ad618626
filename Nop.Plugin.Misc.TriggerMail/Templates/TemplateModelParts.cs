using Nop.Core.Domain;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Services.Media;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>The part builders and host services <see cref="TemplateModelFactory"/> composes, bundled to keep its constructor short.</summary>
public class TemplateModelParts
{
    public TemplateModelParts(OrderDataFactory orders, CartDataFactory carts, IProductService products,
        IRepository<OrderItem> orderItems, ILocalizationService localization, IPictureService pictures, StoreInformationSettings storeInformation)
    {
        Pictures = pictures;
        StoreInformation = storeInformation;
        Orders = orders;
        Carts = carts;
        Products = products;
        OrderItems = orderItems;
        Localization = localization;
    }

    public OrderDataFactory Orders { get; }

    public CartDataFactory Carts { get; }

    public IProductService Products { get; }

    public IRepository<OrderItem> OrderItems { get; }

    public ILocalizationService Localization { get; }

    public IPictureService Pictures { get; }

    public StoreInformationSettings StoreInformation { get; }
}
