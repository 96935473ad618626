using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Events;

/// <summary>
/// Customer lifecycle events become inbox triggers. A login names the guest whose cart the host merged into the
/// account: the abandoned-cart scan reads it so a merged cart is reminded once.
/// </summary>
public class CustomerEventConsumer : IConsumer<CustomerRegisteredEvent>, IConsumer<CustomerLoggedinEvent>
{
    private readonly PluginActivity _pluginActivity;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerInbox _triggerInbox;

    public CustomerEventConsumer(PluginActivity pluginActivity, TimeProvider timeProvider, TriggerInbox triggerInbox)
    {
        _pluginActivity = pluginActivity;
        _timeProvider = timeProvider;
        _triggerInbox = triggerInbox;
    }

    public async Task HandleEventAsync(CustomerRegisteredEvent eventMessage)
    {
        if (eventMessage?.Customer is not { } customer || !await _pluginActivity.IsActiveAsync())
            return;

        var trigger = new TriggerRecord(
            TriggerKind.CustomerRegistered,
            customer.Id,
            customer.RegisteredInStoreId,
            _timeProvider.GetUtcNow().UtcDateTime,
            customer.Id,
            TriggerKeys.Registered(customer.Id));

        await WriteAsync(trigger, customer);
    }

    public async Task HandleEventAsync(CustomerLoggedinEvent eventMessage)
    {
        if (eventMessage?.Customer is not { } customer || !await _pluginActivity.IsActiveAsync())
            return;

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var guestId = eventMessage.GuestCustomer is { } guest && guest.Id != customer.Id ? guest.Id : (int?)null;
        // The host stamps LastLoginDateUtc before publishing, so a replay of the same login has the same key.
        var trigger = new TriggerRecord(
            TriggerKind.CustomerLoggedIn,
            customer.Id,
            customer.RegisteredInStoreId,
            now,
            guestId,
            TriggerKeys.LoggedIn(customer.Id, customer.LastLoginDateUtc ?? now),
            TriggerPayloadJson.Serialize(new LoginPayload(guestId)));

        await WriteAsync(trigger, customer);
    }

    private Task<bool> WriteAsync(TriggerRecord trigger, Customer customer)
    {
        if (customer.Id == 0)
            return _triggerInbox.WriteSkippedAsync(trigger, "unknown customer (id 0)");
        if (customer.Deleted)
            return _triggerInbox.WriteSkippedAsync(trigger, $"customer {customer.Id} is deleted");

        return _triggerInbox.WriteAsync(trigger);
    }
}
