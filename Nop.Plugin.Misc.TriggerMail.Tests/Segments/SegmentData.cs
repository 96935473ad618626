using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Segments;

/// <summary>Hand-built store rows for segment stories; every row goes in without entity events.</summary>
public static class SegmentData
{
    public static async Task<Customer> CustomerAsync(StoreHarness store, string email, Action<Customer> configure = null)
    {
        var customer = new Customer
        {
            Email = email, Username = email, Active = true, RegisteredInStoreId = 1,
            CreatedOnUtc = store.Clock.UtcNow.AddDays(-100), LastActivityDateUtc = store.Clock.UtcNow.AddDays(-1)
        };
        configure?.Invoke(customer);
        return await store.InsertAsync(customer, publishEvent: false);
    }

    public static async Task<Order> OrderAsync(StoreHarness store, Customer customer, decimal total, int daysAgo = 10,
        PaymentStatus payment = PaymentStatus.Paid, OrderStatus status = OrderStatus.Complete, int storeId = 1, bool deleted = false,
        params int[] productIds)
    {
        var order = await store.InsertAsync(new Order
        {
            OrderGuid = Guid.NewGuid(), CustomerId = customer.Id, StoreId = storeId, OrderTotal = total,
            OrderStatus = status, PaymentStatus = payment, Deleted = deleted,
            CreatedOnUtc = store.Clock.UtcNow.AddDays(-daysAgo), CustomOrderNumber = Guid.NewGuid().ToString("N")
        }, publishEvent: false);
        foreach (var productId in productIds)
            await store.InsertAsync(new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = order.Id, ProductId = productId, Quantity = 1 }, publishEvent: false);
        return order;
    }

    public static async Task<Product> ProductAsync(StoreHarness store, decimal price, int categoryId = 0, int manufacturerId = 0)
    {
        var product = await store.InsertAsync(new Product
        {
            Name = $"Product {price}", Price = price, Published = true, VisibleIndividually = true,
            CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow
        }, publishEvent: false);
        if (categoryId > 0)
            await store.InsertAsync(new ProductCategory { ProductId = product.Id, CategoryId = categoryId }, publishEvent: false);
        if (manufacturerId > 0)
            await store.InsertAsync(new ProductManufacturer { ProductId = product.Id, ManufacturerId = manufacturerId }, publishEvent: false);
        return product;
    }

    public static async Task CartItemAsync(StoreHarness store, Customer customer, Product product, int quantity = 1, int daysAgo = 0,
        ShoppingCartType type = ShoppingCartType.ShoppingCart, int storeId = 1)
    {
        var at = store.Clock.UtcNow.AddDays(-daysAgo);
        await store.InsertAsync(new ShoppingCartItem
        {
            CustomerId = customer.Id, ProductId = product.Id, Quantity = quantity, ShoppingCartType = type, StoreId = storeId,
            CreatedOnUtc = at, UpdatedOnUtc = at
        }, publishEvent: false);
    }

    public static async Task<Message> MessageAsync(StoreHarness store, Customer customer, int scenarioId, int daysAgo = 1,
        MessageStatus status = MessageStatus.Sent)
    {
        var at = store.Clock.UtcNow.AddDays(-daysAgo);
        return await store.InsertAsync(new Message
        {
            MessageGuid = Guid.NewGuid(), EnrollmentId = customer.Id * 1000 + scenarioId, StepKey = $"step-{Guid.NewGuid():N}",
            ScenarioId = scenarioId, CustomerId = customer.Id, StoreId = 1, ToEmail = customer.Email ?? "guest@example.com",
            Status = status, CreatedOnUtc = at, SentOnUtc = status == MessageStatus.Sent ? at : null
        }, publishEvent: false);
    }

    public static async Task TrackingAsync(StoreHarness store, Message message, TrackingEventType type, int daysAgo = 1, bool isMachine = false)
    {
        await store.InsertAsync(new TrackingEvent
        {
            MessageId = message.Id, EventType = type, IsMachine = isMachine, OccurredOnUtc = store.Clock.UtcNow.AddDays(-daysAgo)
        }, publishEvent: false);
    }

    public static async Task EnrollmentAsync(StoreHarness store, Customer customer, int scenarioId, EnrollmentStatus status)
    {
        await store.InsertAsync(new Enrollment
        {
            ScenarioId = scenarioId, ScenarioVersion = 1, CustomerId = customer.Id, StoreId = 1, Status = status,
            EnrolledOnUtc = store.Clock.UtcNow.AddDays(-1)
        }, publishEvent: false);
    }

    public static async Task UnsubscribeAsync(StoreHarness store, string email, int? customerId, int scenarioId = 0, int daysAgo = 1)
    {
        await store.InsertAsync(new Suppression
        {
            Email = email, CustomerId = customerId, ScenarioId = scenarioId, Reason = SuppressionReason.Unsubscribed,
            CreatedOnUtc = store.Clock.UtcNow.AddDays(-daysAgo)
        }, publishEvent: false);
    }

    public static async Task<CustomerRole> RoleAsync(StoreHarness store, string systemName, params Customer[] members)
    {
        var role = await store.InsertAsync(new CustomerRole { Name = systemName, SystemName = systemName, Active = true }, publishEvent: false);
        foreach (var customer in members)
            await store.InsertAsync(new CustomerCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = role.Id }, publishEvent: false);
        return role;
    }

    public static async Task SubscribeAsync(StoreHarness store, string email, int listId, int storeId = 1, bool active = true)
    {
        await store.InsertAsync(new NewsLetterSubscription
        {
            NewsLetterSubscriptionGuid = Guid.NewGuid(), Email = email, TypeId = listId, StoreId = storeId, Active = active,
            LanguageId = 1, CreatedOnUtc = store.Clock.UtcNow
        }, publishEvent: false);
    }

    public static async Task RfmAsync(StoreHarness store, Customer customer, int recency, int frequency, int monetary, int storeId = 0)
    {
        await store.InsertAsync(new CustomerRfmScore
        {
            CustomerId = customer.Id, StoreId = storeId, RecencyScore = recency, FrequencyScore = frequency, MonetaryScore = monetary,
            ComputedOnUtc = store.Clock.UtcNow
        }, publishEvent: false);
    }

    /// <summary>The emails of the customers the rules match (a preview page, i.e. SQL on the harness database), sorted.</summary>
    public static async Task<string[]> MembersAsync(StoreHarness store, SegmentRule rules, int storeId = 0)
    {
        using var scope = store.CreateScope();
        var page = await scope.ServiceProvider.GetRequiredService<SegmentService>().PreviewAsync(rules, 0, 1000, storeId);
        return page.Select(m => m.Email).Order(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    public static Task<string[]> MembersAsync(StoreHarness store, string field, string @operator, object value, Action<SegmentRule> options = null, int storeId = 0)
    {
        var condition = SegmentRule.Condition(field, @operator, value);
        options?.Invoke(condition);
        return MembersAsync(store, SegmentRule.And(condition), storeId);
    }

    /// <summary>A row in every table a rule reads, so each subquery runs over data.</summary>
    public static async Task SeedOneOfEachAsync(StoreHarness store)
    {
        var ann = await CustomerAsync(store, "ann@example.com", c =>
        {
            c.FirstName = "Ann"; c.Gender = "F"; c.DateOfBirth = new DateTime(1990, 3, 5); c.CountryId = 1; c.LanguageId = 1;
            c.LastLoginDateUtc = store.Clock.UtcNow.AddDays(-3);
        });
        var product = await ProductAsync(store, 20m, categoryId: 1, manufacturerId: 1);
        await OrderAsync(store, ann, 60m, productIds: product.Id);
        await CartItemAsync(store, ann, product, quantity: 3, daysAgo: 3);
        var message = await MessageAsync(store, ann, scenarioId: 1);
        await TrackingAsync(store, message, TrackingEventType.Open);
        await TrackingAsync(store, message, TrackingEventType.Click);
        await EnrollmentAsync(store, ann, 1, EnrollmentStatus.Waiting);
        await UnsubscribeAsync(store, ann.Email, ann.Id);
        await RoleAsync(store, NopCustomerDefaults.RegisteredRoleName, ann);
        await SubscribeAsync(store, ann.Email, listId: 1);
        await RfmAsync(store, ann, 3, 3, 3, storeId: 1);
    }
}
