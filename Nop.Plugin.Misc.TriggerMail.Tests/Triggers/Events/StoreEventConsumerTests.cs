using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Events;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Scans;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Events;

[TestFixture]
public class StoreEventConsumerTests
{
    [Test]
    public async Task Shipment_sent_and_delivered_are_triggers_for_the_orders_customer_and_store()
    {
        await using var store = await StoreHarness.StartAsync();
        var ann = await store.RegisteredAsync("ann@example.com");
        var order = await store.OrderAsync(ann, store.Clock.UtcNow);
        var shipment = await store.InsertAsync(new Shipment { OrderId = order.Id, TrackingNumber = "TN1", CreatedOnUtc = store.Clock.UtcNow });

        await store.PublishAsync(new ShipmentSentEvent(shipment));
        await store.PublishAsync(new ShipmentDeliveredEvent(shipment));
        await store.PublishAsync(new ShipmentDeliveredEvent(shipment));

        var triggers = store.Query<TriggerInboxItem>(q => q.Where(t => t.TriggerKindId >= 60 && t.TriggerKindId <= 70).OrderBy(t => t.Id));
        Assert.That(triggers.Select(t => (t.TriggerKind, t.CustomerId, t.StoreId, t.EntityId)), Is.EqualTo(new[]
        {
            (TriggerKind.ShipmentSent, ann.Id, 1, (int?)shipment.Id), (TriggerKind.ShipmentDelivered, ann.Id, 1, (int?)shipment.Id)
        }));
        Assert.That(TriggerPayloadJson.Deserialize<ShipmentPayload>(triggers[0].PayloadJson).OrderId, Is.EqualTo(order.Id));
    }

    [Test]
    public async Task A_shipment_of_an_unknown_order_is_recorded_as_skipped()
    {
        await using var store = await StoreHarness.StartAsync();

        await store.PublishAsync(new ShipmentSentEvent(new Shipment { Id = 5, OrderId = 404 }));

        var trigger = store.Triggers(TriggerKind.ShipmentSent).Single();
        Assert.That(trigger.Status, Is.EqualTo(InboxItemStatus.Skipped));
        Assert.That(trigger.StatusReason, Does.Contain("404"));
    }

    [Test]
    public async Task Cart_items_added_updated_and_removed_are_triggers_and_wishlist_items_are_not()
    {
        await using var store = await StoreHarness.StartAsync();
        var ann = await store.RegisteredAsync("ann@example.com");
        var item = await store.CartItemAsync(ann, productId: 7);
        await store.CartItemAsync(ann, productId: 8, type: ShoppingCartType.Wishlist);
        store.Clock.Advance(TimeSpan.FromMinutes(1));
        item.Quantity = 3;
        item.UpdatedOnUtc = store.Clock.UtcNow;
        await store.UpdateAsync(item);
        await store.DeleteAsync(item);

        var triggers = store.Query<TriggerInboxItem>(q => q.Where(t => t.TriggerKindId >= 90 && t.TriggerKindId <= 92).OrderBy(t => t.Id));
        Assert.That(triggers.Select(t => t.TriggerKind), Is.EqualTo(new[] { TriggerKind.CartItemAdded, TriggerKind.CartItemUpdated, TriggerKind.CartItemRemoved }));
        Assert.That(TriggerPayloadJson.Deserialize<CartItemPayload>(triggers[1].PayloadJson), Is.EqualTo(new CartItemPayload(item.Id, 7, 3)));
    }

    [Test]
    public async Task A_replayed_cart_update_is_a_no_op_and_a_later_update_of_the_same_item_is_not()
    {
        await using var store = await StoreHarness.StartAsync();
        var item = await store.CartItemAsync(await store.RegisteredAsync("ann@example.com"), 7);

        await store.PublishAsync(new EntityUpdatedEvent<ShoppingCartItem>(item));
        await store.PublishAsync(new EntityUpdatedEvent<ShoppingCartItem>(item));
        item.UpdatedOnUtc = item.UpdatedOnUtc.AddMinutes(1);
        await store.PublishAsync(new EntityUpdatedEvent<ShoppingCartItem>(item));

        Assert.That(store.Triggers(TriggerKind.CartItemUpdated), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Newsletter_subscribe_and_unsubscribe_per_list_are_triggers_for_the_customer_with_that_email()
    {
        await using var store = await StoreHarness.StartAsync();
        var ann = await store.RegisteredAsync("ann@example.com");
        var subscription = await store.InsertAsync(new NewsLetterSubscription
        {
            NewsLetterSubscriptionGuid = Guid.NewGuid(), Email = "ann@example.com", Active = true, StoreId = 1, TypeId = 2,
            CreatedOnUtc = store.Clock.UtcNow
        });

        await store.PublishAsync(new EmailSubscribedEvent(subscription));
        await store.PublishAsync(new EmailSubscribedEvent(subscription));
        subscription.Active = false;
        await store.PublishAsync(new EmailUnsubscribedEvent(subscription));

        var subscribed = store.Triggers(TriggerKind.NewsletterSubscribed).Single();
        var unsubscribed = store.Triggers(TriggerKind.NewsletterUnsubscribed).Single();
        Assert.That(subscribed.CustomerId, Is.EqualTo(ann.Id));
        Assert.That(TriggerPayloadJson.Deserialize<NewsletterPayload>(subscribed.PayloadJson).TypeId, Is.EqualTo(2));
        Assert.That(unsubscribed.CustomerId, Is.EqualTo(ann.Id));
    }

    [Test]
    public async Task A_subscriber_without_an_account_is_recorded_as_skipped()
    {
        await using var store = await StoreHarness.StartAsync();

        await store.PublishAsync(new EmailSubscribedEvent(new NewsLetterSubscription { Id = 3, Email = "nobody@example.com", StoreId = 1 }));

        var trigger = store.Triggers(TriggerKind.NewsletterSubscribed).Single();
        Assert.That(trigger.Status, Is.EqualTo(InboxItemStatus.Skipped));
        Assert.That(trigger.CustomerId, Is.EqualTo(0));
    }

    [Test]
    public async Task A_login_is_a_trigger_naming_the_merged_guest_and_a_replay_is_not()
    {
        await using var store = await StoreHarness.StartAsync();
        var guest = await store.GuestAsync();
        var ann = await store.RegisteredAsync("ann@example.com", c => c.LastLoginDateUtc = store.Clock.UtcNow);

        await store.PublishAsync(new CustomerLoggedinEvent(ann, guest));
        await store.PublishAsync(new CustomerLoggedinEvent(ann, guest));

        var trigger = store.Triggers(TriggerKind.CustomerLoggedIn).Single();
        Assert.That(trigger.CustomerId, Is.EqualTo(ann.Id));
        Assert.That(trigger.EntityId, Is.EqualTo(guest.Id));
        Assert.That(TriggerPayloadJson.Deserialize<LoginPayload>(trigger.PayloadJson).GuestCustomerId, Is.EqualTo(guest.Id));
    }

    [Test]
    public async Task A_registration_of_a_deleted_customer_is_recorded_as_skipped_with_the_reason()
    {
        await using var store = await StoreHarness.StartAsync();
        var ann = await store.RegisteredAsync("ann@example.com", c => c.Deleted = true);

        await store.PublishAsync(new CustomerRegisteredEvent(ann));

        var trigger = store.Triggers(TriggerKind.CustomerRegistered).Single();
        Assert.That(trigger.Status, Is.EqualTo(InboxItemStatus.Skipped));
        Assert.That(trigger.StatusReason, Is.EqualTo($"customer {ann.Id} is deleted"));
    }
}
