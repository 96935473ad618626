using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.TriggerMail.Services.Events;

/// <summary>
/// Customer lifecycle events become inbox triggers.
/// </summary>
public class CustomerEventConsumer : IConsumer<CustomerRegisteredEvent>
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

        await _triggerInbox.WriteAsync(new TriggerRecord(
            TriggerKind.CustomerRegistered,
            customer.Id,
            customer.RegisteredInStoreId,
            _timeProvider.GetUtcNow().UtcDateTime,
            customer.Id,
            $"registered:{customer.Id}"));
    }
}
