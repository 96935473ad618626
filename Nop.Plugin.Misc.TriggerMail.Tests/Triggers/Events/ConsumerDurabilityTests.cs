using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Scans;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Services.Events;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Events;

[TestFixture]
public class ConsumerDurabilityTests
{
    [Test]
    public async Task A_trigger_is_kept_when_work_after_it_on_the_same_event_throws()
    {
        await using var store = await StoreHarness.StartAsync(configureServices: services =>
            services.AddScoped<IConsumer<OrderPlacedEvent>, ThrowingConsumer>());
        var order = await store.OrderAsync(await store.RegisteredAsync("ann@example.com"), store.Clock.UtcNow);

        await store.PublishAsync(new OrderPlacedEvent(order));

        Assert.That(store.Events.ConsumerFailures.Single().Message, Is.EqualTo("downstream failure"));
        Assert.That(store.Triggers(TriggerKind.OrderPlaced).Single().Status, Is.EqualTo(InboxItemStatus.Pending));
    }

    [Test]
    public async Task A_trigger_is_written_when_work_before_it_on_the_same_event_throws()
    {
        await using var store = await StoreHarness.StartAsync(configureServices: services =>
        {
            var ours = services.Where(d => d.ServiceType == typeof(IConsumer<OrderPlacedEvent>)).ToList();
            foreach (var descriptor in ours)
                services.Remove(descriptor);
            services.AddScoped<IConsumer<OrderPlacedEvent>, ThrowingConsumer>();
            foreach (var descriptor in ours)
                services.Add(descriptor);
        });
        var order = await store.OrderAsync(await store.RegisteredAsync("ann@example.com"), store.Clock.UtcNow);

        await store.PublishAsync(new OrderPlacedEvent(order));

        Assert.That(store.Events.ConsumerFailures, Has.Count.EqualTo(1));
        Assert.That(store.Triggers(TriggerKind.OrderPlaced), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_replay_after_a_failure_downstream_does_not_double_the_trigger()
    {
        await using var store = await StoreHarness.StartAsync(configureServices: services =>
            services.AddScoped<IConsumer<OrderPlacedEvent>, ThrowingConsumer>());
        var order = await store.OrderAsync(await store.RegisteredAsync("ann@example.com"), store.Clock.UtcNow);

        await store.PublishAsync(new OrderPlacedEvent(order));
        await store.PublishAsync(new OrderPlacedEvent(order));

        Assert.That(store.Triggers(TriggerKind.OrderPlaced), Has.Count.EqualTo(1));
    }

    private sealed class ThrowingConsumer : IConsumer<OrderPlacedEvent>
    {
        public Task HandleEventAsync(OrderPlacedEvent eventMessage) => throw new InvalidOperationException("downstream failure");
    }
}
