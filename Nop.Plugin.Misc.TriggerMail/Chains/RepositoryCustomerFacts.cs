using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// The engine's live facts read straight from the store's tables and the plugin's messages and tracking events.
/// Store id 0 means any store.
/// </summary>
public class RepositoryCustomerFacts : ICustomerFacts, IBatchCustomerFacts
{
    private readonly IRepository<Customer> _customers;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<ShoppingCartItem> _cartItems;
    private readonly IRepository<Product> _products;
    private readonly IRepository<Message> _messages;
    private readonly IRepository<TrackingEvent> _trackingEvents;

    public RepositoryCustomerFacts(IRepository<Customer> customers,
        IRepository<Order> orders,
        IRepository<ShoppingCartItem> cartItems,
        IRepository<Product> products,
        IRepository<Message> messages,
        IRepository<TrackingEvent> trackingEvents)
    {
        _customers = customers;
        _orders = orders;
        _cartItems = cartItems;
        _products = products;
        _messages = messages;
        _trackingEvents = trackingEvents;
    }

    public async Task<CustomerProfile> GetCustomerAsync(int customerId)
    {
        var customer = await _customers.GetByIdAsync(customerId, includeDeleted: false);
        return customer is null ? null : new CustomerProfile(customer.Id, customer.Email, customer.TimeZoneId);
    }

    public async Task<bool> HasEngagedAsync(int enrollmentId, string stepKey, IReadOnlyList<TrackingEventType> eventTypes, DateTime sinceUtc)
    {
        var typeIds = eventTypes.Select(t => (int)t).ToList();
        var messageIds = _messages.Table
            .Where(m => m.EnrollmentId == enrollmentId && (stepKey == null || m.StepKey == stepKey))
            .Select(m => m.Id);
        return await _trackingEvents.Table.AnyAsync(t => messageIds.Contains(t.MessageId) && typeIds.Contains(t.EventTypeId)
            && t.OccurredOnUtc >= sinceUtc && !t.IsMachine);
    }

    public async Task<bool> HasOrderedSinceAsync(int customerId, int storeId, DateTime sinceUtc, int? exceptOrderId)
    {
        var except = exceptOrderId ?? 0;
        return await Orders(customerId, storeId).AnyAsync(o => o.CreatedOnUtc >= sinceUtc && o.Id != except);
    }

    public async Task<decimal> OrderTotalSinceAsync(int customerId, int storeId, DateTime sinceUtc)
    {
        var totals = await Orders(customerId, storeId).Where(o => o.CreatedOnUtc >= sinceUtc).Select(o => o.OrderTotal).ToListAsync();
        return totals.Sum();
    }

    public async Task<bool> HasCancelledOrderSinceAsync(int customerId, int storeId, DateTime sinceUtc)
    {
        const int cancelled = (int)OrderStatus.Cancelled;
        return await Orders(customerId, storeId).AnyAsync(o => o.CreatedOnUtc >= sinceUtc && o.OrderStatusId == cancelled);
    }

    public async Task<bool> CartHasItemsAsync(int customerId, int storeId)
    {
        const int cart = (int)ShoppingCartType.ShoppingCart;
        return await _cartItems.Table.AnyAsync(i => i.CustomerId == customerId && i.ShoppingCartTypeId == cart && (storeId == 0 || i.StoreId == storeId));
    }

    public async Task<bool> ProductInStockAsync(int productId)
    {
        var product = await _products.GetByIdAsync(productId, includeDeleted: false);
        return product is { StockQuantity: > 0 };
    }

    public async Task<DateTime?> LastMarketingMessageOnUtcAsync(int customerId, int exceptEnrollmentId)
    {
        const int failed = (int)MessageStatus.Failed, suppressed = (int)MessageStatus.Suppressed;
        return await _messages.Table
            .Where(m => m.CustomerId == customerId && !m.IsTransactional && m.EnrollmentId != exceptEnrollmentId
                && m.StatusId != failed && m.StatusId != suppressed)
            .MaxAsync(m => (DateTime?)m.CreatedOnUtc);
    }

    public async Task<bool> MessageExistsAsync(int enrollmentId, string stepKey) =>
        await _messages.Table.AnyAsync(m => m.EnrollmentId == enrollmentId && m.StepKey == stepKey);

    public async Task<ICustomerFacts> ForBatchAsync(IReadOnlyList<Enrollment> batch, DateTime marketingSinceUtc)
    {
        const int failed = (int)MessageStatus.Failed, suppressed = (int)MessageStatus.Suppressed;
        var customerIds = batch.Select(e => e.CustomerId).Distinct().ToList();
        var enrollmentIds = batch.Select(e => e.Id).ToList();

        var customers = await _customers.Table.Where(c => customerIds.Contains(c.Id) && !c.Deleted)
            .Select(c => new { c.Id, c.Email, c.TimeZoneId }).ToListAsync();
        var messages = await _messages.Table.Where(m => enrollmentIds.Contains(m.EnrollmentId))
            .Select(m => new { m.EnrollmentId, m.StepKey }).ToListAsync();
        var marketing = await _messages.Table
            .Where(m => customerIds.Contains(m.CustomerId) && !m.IsTransactional && m.CreatedOnUtc >= marketingSinceUtc
                && m.StatusId != failed && m.StatusId != suppressed)
            .Select(m => new { m.CustomerId, m.EnrollmentId, m.CreatedOnUtc }).ToListAsync();

        return new BatchCustomerFacts(this,
            customers.ToDictionary(c => c.Id, c => new CustomerProfile(c.Id, c.Email, c.TimeZoneId)),
            messages.Select(m => (m.EnrollmentId, m.StepKey)).ToHashSet(),
            marketing.ToLookup(m => m.CustomerId, m => (m.EnrollmentId, m.CreatedOnUtc)));
    }

    private IQueryable<Order> Orders(int customerId, int storeId) =>
        _orders.Table.Where(o => o.CustomerId == customerId && !o.Deleted && (storeId == 0 || o.StoreId == storeId));
}
