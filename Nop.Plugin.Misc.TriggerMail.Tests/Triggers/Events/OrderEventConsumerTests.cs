using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Scans;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Events;

[TestFixture]
public class OrderEventConsumerTests
{
    [Test]
    public async Task A_placed_order_is_a_trigger_with_its_total_and_status()
    {
        await using var store = await StoreHarness.StartAsync();
        var ann = await store.RegisteredAsync("ann@example.com");
        var order = await store.OrderAsync(ann, store.Clock.UtcNow, total: 42.5m, status: OrderStatus.Pending);

        await store.PublishAsync(new OrderPlacedEvent(order));

        var trigger = store.Triggers(TriggerKind.OrderPlaced).Single();
        var payload = TriggerPayloadJson.Deserialize<OrderPayload>(trigger.PayloadJson);
        Assert.That(trigger.CustomerId, Is.EqualTo(ann.Id));
        Assert.That(trigger.EntityId, Is.EqualTo(order.Id));
        Assert.That(payload.OrderTotal, Is.EqualTo(42.5m));
        Assert.That(payload.OrderStatusId, Is.EqualTo((int)OrderStatus.Pending));
    }

    [Test]
    public async Task A_replayed_paid_event_leaves_one_trigger()
    {
        await using var store = await StoreHarness.StartAsync();
        var order = await store.OrderAsync(await store.RegisteredAsync("ann@example.com"), store.Clock.UtcNow);

        await store.PublishAsync(new OrderPaidEvent(order));
        store.Clock.Advance(TimeSpan.FromMinutes(1));
        await store.PublishAsync(new OrderPaidEvent(order));

        Assert.That(store.Triggers(TriggerKind.OrderPaid), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Every_status_change_is_a_trigger_of_its_own_with_the_previous_status_and_a_replay_is_not()
    {
        await using var store = await StoreHarness.StartAsync();
        var order = await store.OrderAsync(await store.RegisteredAsync("ann@example.com"), store.Clock.UtcNow, status: OrderStatus.Pending);

        foreach (var (from, to) in new[] { (OrderStatus.Pending, OrderStatus.Processing), (OrderStatus.Processing, OrderStatus.Complete),
                     (OrderStatus.Processing, OrderStatus.Complete), (OrderStatus.Complete, OrderStatus.Cancelled) })
        {
            order.OrderStatus = to;
            await store.PublishAsync(new OrderStatusChangedEvent(order, from));
        }

        var payloads = store.Triggers(TriggerKind.OrderStatusChanged).Select(t => TriggerPayloadJson.Deserialize<OrderPayload>(t.PayloadJson))
            .Select(p => (p.PreviousOrderStatusId, p.OrderStatusId));
        Assert.That(payloads, Is.EqualTo(new (int?, int)[] { (10, 20), (20, 30), (30, 40) }));
    }

    [Test]
    public async Task Partial_and_full_refunds_are_triggers_of_their_own_and_a_replay_is_not()
    {
        await using var store = await StoreHarness.StartAsync();
        var order = await store.OrderAsync(await store.RegisteredAsync("ann@example.com"), store.Clock.UtcNow, total: 100m);

        order.RefundedAmount = 30m;
        order.PaymentStatus = PaymentStatus.PartiallyRefunded;
        await store.PublishAsync(new OrderRefundedEvent(order, 30m));
        await store.PublishAsync(new OrderRefundedEvent(order, 30m));
        order.RefundedAmount = 100m;
        order.PaymentStatus = PaymentStatus.Refunded;
        await store.PublishAsync(new OrderRefundedEvent(order, 70m));

        var payloads = store.Triggers(TriggerKind.OrderRefunded).Select(t => TriggerPayloadJson.Deserialize<OrderPayload>(t.PayloadJson))
            .Select(p => (p.RefundAmount, p.RefundedTotal, p.FullyRefunded));
        Assert.That(payloads, Is.EqualTo(new (decimal?, decimal?, bool?)[] { (30m, 30m, false), (70m, 100m, true) }));
    }

    [Test]
    public async Task An_order_without_a_customer_is_recorded_as_skipped_with_the_reason()
    {
        await using var store = await StoreHarness.StartAsync();

        await store.PublishAsync(new OrderPlacedEvent(new Order { Id = 99, StoreId = 1 }));

        var trigger = store.Query<TriggerInboxItem>().Single();
        Assert.That(trigger.Status, Is.EqualTo(InboxItemStatus.Skipped));
        Assert.That(trigger.StatusReason, Does.Contain("no customer"));
        Assert.That(store.Events.ConsumerFailures, Is.Empty);
    }
}
