using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Plugin.Misc.TriggerMail.Engine.Triggers;
using Nop.Plugin.Misc.TriggerMail.Engine.Triggers.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Services.Triggers;

/// <summary>
/// Carts whose last change crossed the scenario's threshold since the last run, with no order since, for
/// registered customers and for guests whose email is known from a started checkout (Customer.BillingAddressId →
/// Address.Email). The cart's lines at that moment go into the payload. One trigger per scenario, customer, store and
/// last change: a changed cart that is abandoned again is a new occurrence.
/// </summary>
/// <remarks>
/// Guests: at login/registration the host moves a guest's cart to the account (new items stamped with the merge
/// time, the guest's deleted) and publishes CustomerLoggedinEvent naming the guest, recorded in the inbox. A cart
/// unchanged since such a merge whose guest was already reminded by this scenario is recorded as skipped, so the
/// same cart is reminded once whoever owns it.
/// </remarks>
public class AbandonedCartScanner : ITimeTriggerScanner
{
    private readonly ActiveScenarios _activeScenarios;
    private readonly IRepository<Address> _addressRepository;
    private readonly IRepository<ShoppingCartItem> _cartRepository;
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<TriggerInboxItem> _inboxRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly ScanProblems _problems;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerInbox _triggerInbox;
    private readonly WindowScanner _windowScanner;

    public AbandonedCartScanner(ActiveScenarios activeScenarios,
        IRepository<Address> addressRepository,
        IRepository<ShoppingCartItem> cartRepository,
        IRepository<Customer> customerRepository,
        IRepository<TriggerInboxItem> inboxRepository,
        IRepository<Order> orderRepository,
        ScanProblems problems,
        TimeProvider timeProvider,
        TriggerInbox triggerInbox,
        WindowScanner windowScanner)
    {
        _activeScenarios = activeScenarios;
        _addressRepository = addressRepository;
        _cartRepository = cartRepository;
        _customerRepository = customerRepository;
        _inboxRepository = inboxRepository;
        _orderRepository = orderRepository;
        _problems = problems;
        _timeProvider = timeProvider;
        _triggerInbox = triggerInbox;
        _windowScanner = windowScanner;
    }

    public async Task ScanAsync(ScanBudget budget)
    {
        foreach (var scenario in await _activeScenarios.OfKindAsync(TriggerKind.AbandonedCart))
        {
            if (!TriggerSettingsJson.TryDeserialize<AbandonedCartTriggerSettings>(scenario.TriggerSettingsJson, out var settings, out var errors))
            {
                _problems.Add($"Scenario {scenario.Id} ({scenario.Name}): {string.Join("; ", errors)}");
                continue;
            }

            var now = _timeProvider.GetUtcNow().UtcDateTime;
            await _windowScanner.WalkAsync($"abandoned-cart:{scenario.Id}", scenario.CreatedOnUtc - settings.Threshold, budget,
                (afterOn, afterId, take) => PageAsync(scenario, settings, now, afterOn, afterId, take));
        }
    }

    private async Task<(DateTime, int, int)> PageAsync(Scenario scenario, AbandonedCartTriggerSettings settings, DateTime now,
        DateTime afterOn, int afterId, int take)
    {
        var cutoff = now - settings.Threshold;
        var rows = await CartItems(scenario.StoreId)
            .Where(i => i.UpdatedOnUtc <= cutoff && (i.UpdatedOnUtc > afterOn || (i.UpdatedOnUtc == afterOn && i.Id > afterId)))
            .OrderBy(i => i.UpdatedOnUtc).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.CustomerId, i.UpdatedOnUtc })
            .Take(take)
            .ToListAsync();
        if (rows.Count == 0)
            return (afterOn, afterId, 0);

        await HandleCustomersAsync(scenario, settings, now, rows.Select(r => r.CustomerId).Distinct().ToArray());
        return (rows[^1].UpdatedOnUtc, rows[^1].Id, rows.Count);
    }

    private IQueryable<ShoppingCartItem> CartItems(int storeId)
    {
        var cart = (int)ShoppingCartType.ShoppingCart;
        return _cartRepository.Table.Where(i => i.ShoppingCartTypeId == cart && (storeId == 0 || i.StoreId == storeId));
    }

    private async Task HandleCustomersAsync(Scenario scenario, AbandonedCartTriggerSettings settings, DateTime now, int[] customerIds)
    {
        var carts = (await CartItems(scenario.StoreId)
                .Where(i => customerIds.Contains(i.CustomerId))
                .Select(i => new { i.Id, i.CustomerId, i.StoreId, i.ProductId, i.Quantity, i.UpdatedOnUtc })
                .ToListAsync())
            .GroupBy(i => (i.CustomerId, i.StoreId))
            .ToList();

        var customers = (await _customerRepository.Table
                .Where(c => customerIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Email, c.Deleted, c.BillingAddressId })
                .ToListAsync())
            .ToDictionary(c => c.Id);

        var addressIds = customers.Values.Where(c => string.IsNullOrEmpty(c.Email) && c.BillingAddressId != null)
            .Select(c => c.BillingAddressId.Value).Distinct().ToArray();
        var billingEmails = addressIds.Length == 0
            ? new Dictionary<int, string>()
            : (await _addressRepository.Table.Where(a => addressIds.Contains(a.Id)).Select(a => new { a.Id, a.Email }).ToListAsync())
                .ToDictionary(a => a.Id, a => a.Email);

        var earliestChange = carts.Count == 0 ? now : carts.Min(g => g.Max(i => i.UpdatedOnUtc));
        var lastOrders = (await _orderRepository.Table
                .Where(o => !o.Deleted && customerIds.Contains(o.CustomerId) && o.CreatedOnUtc >= earliestChange)
                .GroupBy(o => o.CustomerId)
                .Select(g => new { CustomerId = g.Key, Last = g.Max(o => o.CreatedOnUtc) })
                .ToListAsync())
            .ToDictionary(o => o.CustomerId, o => o.Last);

        var merges = await GuestMergesAsync(scenario.Id, customerIds);

        foreach (var cart in carts)
        {
            var (customerId, storeId) = cart.Key;
            var lastChange = cart.Max(i => i.UpdatedOnUtc);
            customers.TryGetValue(customerId, out var customer);
            var email = customer is null ? null
                : !string.IsNullOrEmpty(customer.Email) ? customer.Email
                : customer.BillingAddressId is { } addressId && billingEmails.TryGetValue(addressId, out var billingEmail) ? billingEmail
                : null;
            var remindedGuest = merges.FirstOrDefault(m => m.CustomerId == customerId
                && AbandonedCartRule.IsUnchangedSinceMerge(lastChange, m.MergedOnUtc) && m.GuestReminded);

            var facts = new AbandonedCartFacts(lastChange, !string.IsNullOrWhiteSpace(email),
                lastOrders.TryGetValue(customerId, out var lastOrder) && lastOrder >= lastChange, remindedGuest is not null);
            var decision = AbandonedCartRule.Decide(facts, settings.Threshold, now);
            if (decision is AbandonedCartDecision.NotYetAbandoned or AbandonedCartDecision.OrderedSince
                || (decision is AbandonedCartDecision.NoEmail && customer is { Deleted: false }))
                continue;

            var lines = cart.OrderBy(i => i.Id).Select(i => new CartItemPayload(i.Id, i.ProductId, i.Quantity)).ToList();
            var trigger = new TriggerRecord(
                TriggerKind.AbandonedCart, customerId, storeId, lastChange + settings.Threshold, null,
                TriggerKeys.AbandonedCart(scenario.Id, customerId, storeId, lastChange),
                TriggerPayloadJson.Serialize(new AbandonedCartPayload(lastChange, settings.ThresholdMinutes, email,
                    string.IsNullOrEmpty(customer?.Email), lines, remindedGuest?.GuestId)),
                scenario.Id);

            if (customer is null || customer.Deleted)
                await _triggerInbox.WriteSkippedAsync(trigger, $"customer {customerId} is unknown or deleted");
            else if (decision is AbandonedCartDecision.AlreadyRemindedAsGuest)
                await _triggerInbox.WriteSkippedAsync(trigger,
                    $"cart came from guest {remindedGuest!.GuestId} at login unchanged, and was already reminded");
            else
                await _triggerInbox.WriteAsync(trigger);
        }
    }

    private async Task<List<GuestMerge>> GuestMergesAsync(int scenarioId, int[] customerIds)
    {
        var login = (int)TriggerKind.CustomerLoggedIn;
        var logins = await _inboxRepository.Table
            .Where(t => t.TriggerKindId == login && customerIds.Contains(t.CustomerId) && t.EntityId != null)
            .Select(t => new { t.CustomerId, GuestId = t.EntityId.Value, t.OccurredOnUtc })
            .ToListAsync();
        if (logins.Count == 0)
            return [];

        var guestIds = logins.Select(l => l.GuestId).Distinct().ToArray();
        var abandoned = (int)TriggerKind.AbandonedCart;
        var skipped = (int)InboxItemStatus.Skipped;
        var reminders = await _inboxRepository.Table
            .Where(t => t.TriggerKindId == abandoned && t.ScenarioId == scenarioId && guestIds.Contains(t.CustomerId) && t.StatusId != skipped)
            .Select(t => new { t.CustomerId, t.OccurredOnUtc })
            .ToListAsync();

        return logins.Select(l => new GuestMerge(l.CustomerId, l.GuestId, l.OccurredOnUtc,
            reminders.Any(r => r.CustomerId == l.GuestId && r.OccurredOnUtc <= l.OccurredOnUtc))).ToList();
    }

    private sealed record GuestMerge(int CustomerId, int GuestId, DateTime MergedOnUtc, bool GuestReminded);
}
