using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using Nop.Plugin.Misc.TriggerMail.Triggers.Events;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// Reads shopping carts for the abandoned-cart scan: the window of item changes, then for a page of customers their
/// carts, emails (account, else a guest's checkout billing address: Customer.BillingAddressId → Address.Email),
/// orders since the last change and guest merges (<see cref="GuestCartMerges"/>). A fixed number of queries per page, whatever its size.
/// </summary>
public class AbandonedCartReader
{
    private readonly IRepository<Address> _addressRepository;
    private readonly IRepository<ShoppingCartItem> _cartRepository;
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<TriggerInboxItem> _inboxRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly GuestCartMerges _guestCartMerges;

    public AbandonedCartReader(IRepository<Address> addressRepository, IRepository<ShoppingCartItem> cartRepository,
        IRepository<Customer> customerRepository, IRepository<TriggerInboxItem> inboxRepository, IRepository<Order> orderRepository,
        GuestCartMerges guestCartMerges)
    {
        _guestCartMerges = guestCartMerges;
        _addressRepository = addressRepository;
        _cartRepository = cartRepository;
        _customerRepository = customerRepository;
        _inboxRepository = inboxRepository;
        _orderRepository = orderRepository;
    }

    /// <summary>Carries the logins written since the last scan forward into merge rows, before carts are read.</summary>
    public Task CarryMergesForwardAsync(RunBudget budget) => _guestCartMerges.CatchUpAsync(budget);

    /// <summary>Shopping-cart items changed after (afterOn, afterId) and no later than the cutoff, oldest first.</summary>
    public async Task<List<CartItemChange>> ChangesAsync(int storeId, DateTime cutoffUtc, DateTime afterOn, int afterId, int take)
    {
        return (await CartItems(storeId)
                .Where(i => i.UpdatedOnUtc <= cutoffUtc && (i.UpdatedOnUtc > afterOn || (i.UpdatedOnUtc == afterOn && i.Id > afterId)))
                .OrderBy(i => i.UpdatedOnUtc).ThenBy(i => i.Id)
                .Select(i => new { i.Id, i.CustomerId, i.UpdatedOnUtc })
                .Take(take)
                .ToListAsync())
            .Select(i => new CartItemChange(i.Id, i.CustomerId, i.UpdatedOnUtc))
            .ToList();
    }

    public async Task<IReadOnlyList<AbandonedCart>> CartsAsync(int scenarioId, int storeId, int[] customerIds)
    {
        var carts = (await CartItems(storeId)
                .Where(i => customerIds.Contains(i.CustomerId))
                .Select(i => new { i.Id, i.CustomerId, i.StoreId, i.ProductId, i.Quantity, i.UpdatedOnUtc })
                .ToListAsync())
            .GroupBy(i => (i.CustomerId, i.StoreId))
            .ToList();
        if (carts.Count == 0)
            return [];

        var customers = (await _customerRepository.Table
                .Where(c => customerIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Email, c.Deleted, c.BillingAddressId })
                .ToListAsync())
            .ToDictionary(c => c.Id);
        var billingEmails = await BillingEmailsAsync(customers.Values
            .Where(c => string.IsNullOrEmpty(c.Email) && c.BillingAddressId != null).Select(c => c.BillingAddressId.Value));
        var earliestChange = carts.Min(g => g.Max(i => i.UpdatedOnUtc));
        var lastOrders = (await _orderRepository.Table
                .Where(o => !o.Deleted && customerIds.Contains(o.CustomerId) && o.CreatedOnUtc >= earliestChange)
                .GroupBy(o => o.CustomerId)
                .Select(g => new { CustomerId = g.Key, Last = g.Max(o => o.CreatedOnUtc) })
                .ToListAsync())
            .ToDictionary(o => o.CustomerId, o => o.Last);
        var merges = await GuestMergesAsync(scenarioId, customerIds);

        return carts.Select(cart =>
        {
            var (customerId, cartStoreId) = cart.Key;
            var lastChange = cart.Max(i => i.UpdatedOnUtc);
            customers.TryGetValue(customerId, out var customer);
            var email = !string.IsNullOrEmpty(customer?.Email) ? customer.Email
                : customer?.BillingAddressId is { } addressId ? billingEmails.GetValueOrDefault(addressId)
                : null;
            var remindedGuest = merges.FirstOrDefault(m => m.CustomerId == customerId && m.GuestReminded
                && AbandonedCartRule.IsUnchangedSinceMerge(lastChange, m.MergedOnUtc));

            return new AbandonedCart(
                CustomerId: customerId,
                StoreId: cartStoreId,
                CustomerIsLive: customer is { Deleted: false },
                Email: email,
                IsGuest: string.IsNullOrEmpty(customer?.Email),
                LastChangeUtc: lastChange,
                OrderedSinceLastChange: lastOrders.TryGetValue(customerId, out var lastOrder) && lastOrder >= lastChange,
                RemindedGuestId: remindedGuest?.GuestId,
                Lines: cart.OrderBy(i => i.Id).Select(i => new CartItemPayload(i.Id, i.ProductId, i.Quantity)).ToList());
        }).ToList();
    }

    private IQueryable<ShoppingCartItem> CartItems(int storeId)
    {
        var cart = (int)ShoppingCartType.ShoppingCart;
        return _cartRepository.Table.Where(i => i.ShoppingCartTypeId == cart && (storeId == 0 || i.StoreId == storeId));
    }

    private async Task<Dictionary<int, string>> BillingEmailsAsync(IEnumerable<int> addressIds)
    {
        var ids = addressIds.Distinct().ToArray();
        if (ids.Length == 0)
            return [];

        return (await _addressRepository.Table.Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Email }).ToListAsync())
            .ToDictionary(a => a.Id, a => a.Email);
    }

    /// <summary>
    /// Guests merged into these customers at login (carried forward from the login triggers), and whether this scenario
    /// reminded the guest's cart before the merge.
    /// </summary>
    private async Task<List<GuestMerge>> GuestMergesAsync(int scenarioId, int[] customerIds)
    {
        var merges = await _guestCartMerges.IntoAsync(customerIds);
        if (merges.Count == 0)
            return [];

        var guestIds = merges.Select(m => m.GuestCustomerId).Distinct().ToArray();
        var abandoned = (int)TriggerKind.AbandonedCart;
        var skipped = (int)InboxItemStatus.Skipped;
        var reminders = await _inboxRepository.Table
            .Where(t => t.TriggerKindId == abandoned && t.ScenarioId == scenarioId && guestIds.Contains(t.CustomerId) && t.StatusId != skipped)
            .Select(t => new { t.CustomerId, t.OccurredOnUtc })
            .ToListAsync();

        return merges.Select(m => new GuestMerge(m.CustomerId, m.GuestCustomerId, m.MergedOnUtc,
            reminders.Any(r => r.CustomerId == m.GuestCustomerId && r.OccurredOnUtc <= m.MergedOnUtc))).ToList();
    }

    private sealed record GuestMerge(int CustomerId, int GuestId, DateTime MergedOnUtc, bool GuestReminded);
}
