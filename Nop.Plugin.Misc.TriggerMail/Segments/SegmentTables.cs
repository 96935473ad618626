using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments.Compiler;

namespace Nop.Plugin.Misc.TriggerMail.Segments;

/// <summary>
/// Hands the segment compiler the repository tables it correlates with. It has many dependencies on purpose:
/// it is only a bundle of table handles of one database, with no behaviour to split.
/// </summary>
public class SegmentTables
{
    private readonly IRepository<Customer> _customers;
    private readonly IRepository<CustomerCustomerRoleMapping> _customerRoleMappings;
    private readonly IRepository<CustomerRole> _customerRoles;
    private readonly IRepository<NewsLetterSubscription> _newsLetterSubscriptions;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<Product> _products;
    private readonly IRepository<ProductCategory> _productCategories;
    private readonly IRepository<ProductManufacturer> _productManufacturers;
    private readonly IRepository<ShoppingCartItem> _shoppingCartItems;
    private readonly IRepository<Message> _messages;
    private readonly IRepository<TrackingEvent> _trackingEvents;
    private readonly IRepository<Enrollment> _enrollments;
    private readonly IRepository<Suppression> _suppressions;
    private readonly IRepository<CustomerRfmScore> _rfmScores;

    public SegmentTables(IRepository<Customer> customers,
        IRepository<CustomerCustomerRoleMapping> customerRoleMappings,
        IRepository<CustomerRole> customerRoles,
        IRepository<NewsLetterSubscription> newsLetterSubscriptions,
        IRepository<Order> orders,
        IRepository<OrderItem> orderItems,
        IRepository<Product> products,
        IRepository<ProductCategory> productCategories,
        IRepository<ProductManufacturer> productManufacturers,
        IRepository<ShoppingCartItem> shoppingCartItems,
        IRepository<Message> messages,
        IRepository<TrackingEvent> trackingEvents,
        IRepository<Enrollment> enrollments,
        IRepository<Suppression> suppressions,
        IRepository<CustomerRfmScore> rfmScores)
    {
        _customers = customers;
        _customerRoleMappings = customerRoleMappings;
        _customerRoles = customerRoles;
        _newsLetterSubscriptions = newsLetterSubscriptions;
        _orders = orders;
        _orderItems = orderItems;
        _products = products;
        _productCategories = productCategories;
        _productManufacturers = productManufacturers;
        _shoppingCartItems = shoppingCartItems;
        _messages = messages;
        _trackingEvents = trackingEvents;
        _enrollments = enrollments;
        _suppressions = suppressions;
        _rfmScores = rfmScores;
    }

    public SegmentSources Sources() => new()
    {
        Customers = _customers.Table,
        CustomerRoleMappings = _customerRoleMappings.Table,
        CustomerRoles = _customerRoles.Table,
        NewsLetterSubscriptions = _newsLetterSubscriptions.Table,
        Orders = _orders.Table,
        OrderItems = _orderItems.Table,
        Products = _products.Table,
        ProductCategories = _productCategories.Table,
        ProductManufacturers = _productManufacturers.Table,
        ShoppingCartItems = _shoppingCartItems.Table,
        Messages = _messages.Table,
        TrackingEvents = _trackingEvents.Table,
        Enrollments = _enrollments.Table,
        Suppressions = _suppressions.Table,
        RfmScores = _rfmScores.Table
    };
}
