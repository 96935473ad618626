using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Events;

/// <summary>
/// Newsletter subscribed / unsubscribed, per nopCommerce 4.90 list (the subscription's TypeId). A subscription
/// names an email, not a customer: the customer with that email is looked up (one indexed read) and a subscriber
/// without an account is recorded as skipped.
/// </summary>
public class NewsletterEventConsumer : IConsumer<EmailSubscribedEvent>, IConsumer<EmailUnsubscribedEvent>
{
    private readonly IRepository<Customer> _customerRepository;
    private readonly PluginActivity _pluginActivity;
    private readonly TimeProvider _timeProvider;
    private readonly TriggerInbox _triggerInbox;

    public NewsletterEventConsumer(IRepository<Customer> customerRepository, PluginActivity pluginActivity, TimeProvider timeProvider,
        TriggerInbox triggerInbox)
    {
        _customerRepository = customerRepository;
        _pluginActivity = pluginActivity;
        _timeProvider = timeProvider;
        _triggerInbox = triggerInbox;
    }

    public Task HandleEventAsync(EmailSubscribedEvent eventMessage)
    {
        return WriteAsync(eventMessage?.Subscription, true);
    }

    public Task HandleEventAsync(EmailUnsubscribedEvent eventMessage)
    {
        return WriteAsync(eventMessage?.Subscription, false);
    }

    private async Task WriteAsync(NewsLetterSubscription subscription, bool subscribed)
    {
        if (subscription is null || !await _pluginActivity.IsActiveAsync())
            return;

        var email = subscription.Email?.Trim();
        var customerId = string.IsNullOrEmpty(email)
            ? 0
            : await _customerRepository.Table
                .Where(c => c.Email == email && !c.Deleted)
                .OrderBy(c => c.Id)
                .Select(c => c.Id)
                .FirstOrDefaultAsync();

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var trigger = new TriggerRecord(
            subscribed ? TriggerKind.NewsletterSubscribed : TriggerKind.NewsletterUnsubscribed,
            customerId,
            subscription.StoreId,
            now,
            subscription.Id,
            TriggerKeys.Newsletter(subscribed, subscription.Id, subscription.TypeId, email, DateOnly.FromDateTime(now)),
            TriggerPayloadJson.Serialize(new NewsletterPayload(subscription.Id, subscription.TypeId, email, subscription.Active)));

        if (customerId == 0)
            await _triggerInbox.WriteSkippedAsync(trigger, "no customer account has this subscriber's email");
        else
            await _triggerInbox.WriteAsync(trigger);
    }
}
