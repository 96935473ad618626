using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Services.Helpers;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Scans;

/// <summary>
/// Store data for trigger stories: customers, guests with a checkout billing email, carts, orders, scenarios.
/// </summary>
internal static class TriggerStory
{
    public static Task<Customer> RegisteredAsync(this StoreHarness store, string email, Action<Customer> configure = null)
    {
        var customer = new Customer
        {
            Email = email, Username = email, Active = true, RegisteredInStoreId = 1,
            CreatedOnUtc = store.Clock.UtcNow.AddYears(-2), LastActivityDateUtc = store.Clock.UtcNow
        };
        configure?.Invoke(customer);
        return store.InsertAsync(customer);
    }

    /// <summary>A guest who started checkout: the host saved the billing address (with its email) on the customer.</summary>
    public static async Task<Customer> GuestAsync(this StoreHarness store, string billingEmail = null)
    {
        int? addressId = null;
        if (billingEmail is not null)
            addressId = (await store.InsertAsync(new Address { Email = billingEmail, FirstName = "Guest", CreatedOnUtc = store.Clock.UtcNow })).Id;

        return await store.InsertAsync(new Customer
        {
            Active = true, RegisteredInStoreId = 1, BillingAddressId = addressId,
            CreatedOnUtc = store.Clock.UtcNow, LastActivityDateUtc = store.Clock.UtcNow
        });
    }

    public static Task<Scenario> ScenarioAsync(this StoreHarness store, TriggerKind kind, string settingsJson = null, int storeId = 0)
    {
        return store.InsertAsync(new Scenario
        {
            Name = kind.ToString(), TriggerKind = kind, TriggerSettingsJson = settingsJson, StoreId = storeId,
            Status = ScenarioStatus.Active, CurrentVersion = 1,
            CreatedOnUtc = store.Clock.UtcNow.AddDays(-400), UpdatedOnUtc = store.Clock.UtcNow.AddDays(-400)
        });
    }

    public static Task<ShoppingCartItem> CartItemAsync(this StoreHarness store, Customer customer, int productId, int quantity = 1,
        ShoppingCartType type = ShoppingCartType.ShoppingCart, int storeId = 1)
    {
        return store.InsertAsync(new ShoppingCartItem
        {
            CustomerId = customer.Id, StoreId = storeId, ProductId = productId, Quantity = quantity, ShoppingCartType = type,
            CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow
        });
    }

    public static Task<Order> OrderAsync(this StoreHarness store, Customer customer, DateTime placedOnUtc, decimal total = 100m,
        OrderStatus status = OrderStatus.Processing)
    {
        return store.InsertAsync(new Order
        {
            OrderGuid = Guid.NewGuid(), CustomerId = customer.Id, StoreId = 1, OrderTotal = total, OrderStatus = status,
            CustomerCurrencyCode = "EUR", CreatedOnUtc = placedOnUtc
        });
    }

    /// <summary>Customers may set their own zone; the store's default is <paramref name="defaultZoneId"/>.</summary>
    public static Task UseCustomerTimeZonesAsync(this StoreHarness store, string defaultZoneId = "UTC")
    {
        return store.Settings.SaveSettingAsync(new DateTimeSettings { DefaultStoreTimeZoneId = defaultZoneId, AllowCustomersToSetTimeZone = true });
    }

    public static Task ScanAsync(this StoreHarness store) => store.RunTaskAsync(TriggerMailDefaults.Tasks.TimeTriggerScan);

    public static List<TriggerInboxItem> Triggers(this StoreHarness store, TriggerKind kind)
    {
        var kindId = (int)kind;
        return store.Query<TriggerInboxItem>(q => q.Where(t => t.TriggerKindId == kindId).OrderBy(t => t.Id));
    }
}
