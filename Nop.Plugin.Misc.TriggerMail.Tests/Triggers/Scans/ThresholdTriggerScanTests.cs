using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Scans;

[TestFixture]
public class ThresholdTriggerScanTests
{
    [Test]
    public async Task A_customer_without_activity_or_order_for_N_days_is_one_inactivity_trigger_per_episode()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await store.ScenarioAsync(TriggerKind.Inactivity, "{\"days\":30}");
        var now = store.Clock.UtcNow;
        var quiet = await store.RegisteredAsync("quiet@example.com", c => c.LastActivityDateUtc = now.AddDays(-31));
        var buyer = await store.RegisteredAsync("buyer@example.com", c => c.LastActivityDateUtc = now.AddDays(-31));
        await store.OrderAsync(buyer, now.AddDays(-5));
        await store.RegisteredAsync("active@example.com", c => c.LastActivityDateUtc = now.AddDays(-10));

        await store.ScanAsync();
        store.Clock.Advance(TimeSpan.FromDays(1));
        await store.ScanAsync();
        var firstEpisode = store.Triggers(TriggerKind.Inactivity);
        quiet.LastActivityDateUtc = store.Clock.UtcNow;
        await store.UpdateAsync(quiet);
        store.Clock.Advance(TimeSpan.FromDays(31));
        await store.ScanAsync();

        Assert.That(firstEpisode.Select(t => (t.CustomerId, t.ScenarioId)), Is.EqualTo(new[] { (quiet.Id, (int?)scenario.Id) }));
        Assert.That(firstEpisode[0].OccurredOnUtc, Is.EqualTo(now.AddDays(-1)));
        Assert.That(store.Triggers(TriggerKind.Inactivity).Where(t => t.CustomerId == quiet.Id).Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task N_days_after_an_order_was_placed_is_a_trigger_and_a_cancelled_order_is_not()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await store.ScenarioAsync(TriggerKind.AfterOrderPlaced, "{\"delayDays\":14}");
        var ann = await store.RegisteredAsync("ann@example.com");
        var now = store.Clock.UtcNow;
        var old = await store.OrderAsync(ann, now.AddDays(-15));
        var recent = await store.OrderAsync(ann, now.AddDays(-13));
        await store.OrderAsync(ann, now.AddDays(-20), status: OrderStatus.Cancelled);

        await store.ScanAsync();
        var first = store.Triggers(TriggerKind.AfterOrderPlaced).Select(t => t.EntityId).ToList();
        store.Clock.Advance(TimeSpan.FromDays(2));
        await store.ScanAsync();

        Assert.That(first, Is.EqualTo(new int?[] { old.Id }));
        var triggers = store.Triggers(TriggerKind.AfterOrderPlaced);
        Assert.That(triggers.Select(t => t.EntityId), Is.EqualTo(new int?[] { old.Id, recent.Id }));
        Assert.That(triggers.Select(t => t.ScenarioId), Is.All.EqualTo(scenario.Id));
        Assert.That(TriggerPayloadJson.Deserialize<OrderPayload>(triggers[0].PayloadJson).AnchorOnUtc, Is.EqualTo(old.CreatedOnUtc));
    }

    [Test]
    public async Task N_days_after_an_order_was_delivered_is_a_trigger_once_the_whole_order_is_delivered()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AfterOrderDelivered, "{\"delayDays\":7}");
        var ann = await store.RegisteredAsync("ann@example.com");
        var now = store.Clock.UtcNow;
        var delivered = await store.OrderAsync(ann, now.AddDays(-12));
        delivered.ShippingStatus = ShippingStatus.Delivered;
        await store.UpdateAsync(delivered);
        var partly = await store.OrderAsync(ann, now.AddDays(-12));
        partly.ShippingStatus = ShippingStatus.PartiallyShipped;
        await store.UpdateAsync(partly);
        await store.InsertAsync(new Shipment { OrderId = delivered.Id, DeliveryDateUtc = now.AddDays(-8), CreatedOnUtc = now.AddDays(-10) });
        await store.InsertAsync(new Shipment { OrderId = delivered.Id, DeliveryDateUtc = now.AddDays(-7.5), CreatedOnUtc = now.AddDays(-10) });
        await store.InsertAsync(new Shipment { OrderId = partly.Id, DeliveryDateUtc = now.AddDays(-8), CreatedOnUtc = now.AddDays(-10) });

        await store.ScanAsync();

        var trigger = store.Triggers(TriggerKind.AfterOrderDelivered).Single();
        Assert.That(trigger.EntityId, Is.EqualTo(delivered.Id));
        Assert.That(trigger.OccurredOnUtc, Is.EqualTo(now.AddDays(-1)));
    }

    [Test]
    public async Task A_scenario_with_bad_settings_is_reported_by_field_and_the_others_still_run()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, "{\"thresholdMinutes\":0}");
        await store.ScenarioAsync(TriggerKind.AbandonedCart, "{\"thresholdMinutes\":60}");
        await store.CartItemAsync(await store.RegisteredAsync("ann@example.com"), 7);
        store.Clock.Advance(TimeSpan.FromHours(2));

        var failure = Assert.ThrowsAsync<InvalidOperationException>(store.ScanAsync);

        Assert.That(failure!.Message, Does.Contain("thresholdMinutes"));
        Assert.That(store.Triggers(TriggerKind.AbandonedCart), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_scan_task_is_installed_and_does_nothing_without_active_scenarios()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.CartItemAsync(await store.RegisteredAsync("ann@example.com"), 7);
        store.Clock.Advance(TimeSpan.FromDays(400));

        await store.ScanAsync();

        Assert.That(store.Query<TriggerInboxItem>().Where(t => t.TriggerKindId >= 200), Is.Empty);
        Assert.That(store.Query<ScanCursor>(), Is.Empty);
    }
}
