using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// The harness end to end: a customer row, the store's event through the real consumer, the real scheduled task.
/// </summary>
[TestFixture]
public class CustomerRegistrationStoryTests
{
    [Test]
    public async Task A_customer_who_registers_is_waiting_in_the_trigger_inbox()
    {
        await using var store = await StoreHarness.StartAsync();
        var ann = await store.InsertAsync(new Customer
        {
            Email = "ann@example.com", FirstName = "Ann", Active = true, RegisteredInStoreId = 1,
            CreatedOnUtc = store.Clock.UtcNow, LastActivityDateUtc = store.Clock.UtcNow
        });

        await store.PublishAsync(new CustomerRegisteredEvent(ann));

        var trigger = store.Query<TriggerInboxItem>().Single();
        Assert.That(store.Events.ConsumerFailures, Is.Empty);
        Assert.That(trigger.TriggerKind, Is.EqualTo(TriggerKind.CustomerRegistered));
        Assert.That(trigger.CustomerId, Is.EqualTo(ann.Id));
        Assert.That(trigger.StoreId, Is.EqualTo(1));
        Assert.That(trigger.Status, Is.EqualTo(InboxItemStatus.Pending));
        Assert.That(trigger.OccurredOnUtc, Is.EqualTo(store.Clock.UtcNow));
    }

    [Test]
    public async Task A_replayed_registration_event_leaves_one_trigger()
    {
        await using var store = await StoreHarness.StartAsync();
        var ann = await store.InsertAsync(new Customer { Email = "ann@example.com", CreatedOnUtc = store.Clock.UtcNow, LastActivityDateUtc = store.Clock.UtcNow });

        await store.PublishAsync(new CustomerRegisteredEvent(ann));
        store.Clock.Advance(TimeSpan.FromSeconds(3));
        await store.PublishAsync(new CustomerRegisteredEvent(ann));

        Assert.That(store.Query<TriggerInboxItem>(), Has.Count.EqualTo(1));
        Assert.That(store.Events.ConsumerFailures, Is.Empty);
    }

    [Test]
    public async Task Maintenance_task_prunes_only_tracking_events_already_counted_and_older_than_the_retention_period()
    {
        await using var store = await StoreHarness.StartAsync();
        var now = store.Clock.UtcNow;
        var oldCounted = await store.InsertAsync(new TrackingEvent { MessageId = 1, EventType = TrackingEventType.Open, OccurredOnUtc = now.AddDays(-181) });
        var recent = await store.InsertAsync(new TrackingEvent { MessageId = 1, EventType = TrackingEventType.Open, OccurredOnUtc = now.AddDays(-179) });
        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);
        var oldNotYetCounted = await store.InsertAsync(new TrackingEvent { MessageId = 1, EventType = TrackingEventType.Click, OccurredOnUtc = now.AddDays(-181) });

        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Maintenance);

        Assert.That(store.Query<TrackingEvent>().Select(e => e.Id), Is.EquivalentTo(new[] { recent.Id, oldNotYetCounted.Id }));
        Assert.That(oldCounted.Id, Is.Not.Zero);
    }
}
