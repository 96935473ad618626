using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Events;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Events;

[TestFixture]
public class CustomerEventConsumerTests
{
    [Test]
    public async Task Registration_before_installation_has_finished_records_nothing()
    {
        await using var fresh = await StoreHarness.StartAsync(installPlugin: false);
        using var scope = fresh.CreateScope();
        var consumer = ActivatorUtilities.CreateInstance<CustomerEventConsumer>(scope.ServiceProvider);

        await consumer.HandleEventAsync(new CustomerRegisteredEvent(new Customer { Id = 3 }));

        Assert.That(fresh.TableNames(), Has.None.StartsWith("TriggerMail_"), "an insert would have failed on the missing table");
    }

    [Test]
    public async Task An_event_without_a_customer_is_ignored()
    {
        await using var store = await StoreHarness.StartAsync();

        await store.PublishAsync(new CustomerRegisteredEvent(null));

        Assert.That(store.Query<TriggerInboxItem>(), Is.Empty);
        Assert.That(store.Events.ConsumerFailures, Is.Empty);
    }
}
