using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// Carts whose last change crossed the scenario's threshold since the last run, with no order since, for
/// registered customers and for guests whose email is known from a started checkout. The cart's lines at that
/// moment go into the payload. One trigger per scenario, customer, store and last change: a changed cart that is
/// abandoned again is a new occurrence.
/// </summary>
/// <remarks>
/// Guests: registration turns the guest record itself into the account (same id, same cart, same key), so it
/// cannot double. Login into an existing account moves the guest's items to the account (stamped with the merge
/// time) and publishes CustomerLoggedinEvent naming the guest, which the inbox keeps and each scan first carries forward
/// into a merge row (<see cref="GuestCartMerges"/>). A cart unchanged since such a
/// merge whose guest this scenario already reminded is recorded as skipped: the same cart is reminded once.
/// </remarks>
public class AbandonedCartScanner : ITimeTriggerScanner
{
    private readonly AbandonedCartReader _reader;
    private readonly ScenarioTriggerSettings _scenarios;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerInbox _triggerInbox;
    private readonly WindowScanner _windowScanner;

    public AbandonedCartScanner(AbandonedCartReader reader, ScenarioTriggerSettings scenarios, TimeProvider timeProvider,
        TriggerInbox triggerInbox, WindowScanner windowScanner)
    {
        _reader = reader;
        _scenarios = scenarios;
        _timeProvider = timeProvider;
        _triggerInbox = triggerInbox;
        _windowScanner = windowScanner;
    }

    public async Task ScanAsync(RunBudget budget)
    {
        await _reader.CarryMergesForwardAsync(budget);
        foreach (var (scenario, settings) in await _scenarios.ActiveAsync<AbandonedCartTriggerSettings>(TriggerKind.AbandonedCart))
        {
            var now = _timeProvider.GetUtcNow().UtcDateTime;
            await _windowScanner.WalkAsync($"abandoned-cart:{scenario.Id}", scenario.CreatedOnUtc - settings.Threshold, budget,
                (afterOn, afterId, take) => PageAsync(scenario, settings, now, afterOn, afterId, take));
        }
    }

    private async Task<(DateTime, int, int)> PageAsync(Scenario scenario, AbandonedCartTriggerSettings settings, DateTime now,
        DateTime afterOn, int afterId, int take)
    {
        var changes = await _reader.ChangesAsync(scenario.StoreId, now - settings.Threshold, afterOn, afterId, take);
        if (changes.Count == 0)
            return (afterOn, afterId, 0);

        var customerIds = changes.Select(c => c.CustomerId).Distinct().ToArray();
        foreach (var cart in await _reader.CartsAsync(scenario.Id, scenario.StoreId, customerIds))
            await WriteAsync(scenario, settings, now, cart);

        return (changes[^1].UpdatedOnUtc, changes[^1].Id, changes.Count);
    }

    private async Task WriteAsync(Scenario scenario, AbandonedCartTriggerSettings settings, DateTime now, AbandonedCart cart)
    {
        var facts = new AbandonedCartFacts(cart.LastChangeUtc, !string.IsNullOrWhiteSpace(cart.Email), cart.OrderedSinceLastChange,
            cart.RemindedGuestId is not null);
        var decision = AbandonedCartRule.Decide(facts, settings.Threshold, now);
        // A later change will cross the threshold in a later window; an order or a missing email ends it here.
        if (decision is AbandonedCartDecision.NotYetAbandoned or AbandonedCartDecision.OrderedSince
            || (decision is AbandonedCartDecision.NoEmail && cart.CustomerIsLive))
            return;

        var trigger = new TriggerRecord(
            TriggerKind.AbandonedCart, cart.CustomerId, cart.StoreId, cart.LastChangeUtc + settings.Threshold, null,
            TriggerKeys.AbandonedCart(scenario.Id, cart.CustomerId, cart.StoreId, cart.LastChangeUtc),
            TriggerPayloadJson.Serialize(new AbandonedCartPayload(cart.LastChangeUtc, settings.ThresholdMinutes, cart.Email, cart.IsGuest,
                cart.Lines, cart.RemindedGuestId)),
            scenario.Id);

        if (!cart.CustomerIsLive)
            await _triggerInbox.WriteSkippedAsync(trigger, $"customer {cart.CustomerId} is unknown or deleted");
        else if (decision is AbandonedCartDecision.AlreadyRemindedAsGuest)
            await _triggerInbox.WriteSkippedAsync(trigger, $"cart came from guest {cart.RemindedGuestId} at login unchanged, and was already reminded");
        else
            await _triggerInbox.WriteAsync(trigger);
    }
}
