using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

[TestFixture]
public class StoreHarnessTests
{
    [Test]
    public async Task Queries_through_the_repository_run_as_sql_on_the_database()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.InsertAsync(new Customer { Email = "ann@example.com", Active = true, CreatedOnUtc = store.Clock.UtcNow, LastActivityDateUtc = store.Clock.UtcNow });
        store.SqlLog.Enabled = true;

        var found = store.Query<Customer>(q => q.Where(c => c.Email == "ANN@example.com"));

        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(store.SqlLog.Statements.Single(), Does.Contain("WHERE").And.Contain("\"Customer\""));
    }

    [Test]
    public async Task Soft_deleted_entities_stay_in_the_table_and_are_filtered_only_on_request()
    {
        await using var store = await StoreHarness.StartAsync();
        var customer = await store.InsertAsync(new Customer { Email = "gone@example.com", CreatedOnUtc = store.Clock.UtcNow, LastActivityDateUtc = store.Clock.UtcNow });
        using var scope = store.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<Customer>>();

        await repository.DeleteAsync(customer);

        Assert.That(await repository.GetByIdAsync(customer.Id), Is.Not.Null);
        Assert.That(await repository.GetByIdAsync(customer.Id, includeDeleted: false), Is.Null);
    }

    [Test]
    public async Task Inserting_through_the_repository_publishes_the_entity_event_to_subscribed_consumers()
    {
        await using var store = await StoreHarness.StartAsync();

        await store.InsertAsync(new Suppression { Email = "x@example.com", CreatedOnUtc = store.Clock.UtcNow });

        Assert.That(store.Events.ConsumerFailures, Is.Empty);
        Assert.That(store.Query<Suppression>(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_test_clock_is_the_time_the_plugin_sees()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        using var scope = store.CreateScope();

        store.Clock.Advance(TimeSpan.FromHours(1));

        Assert.That(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            Is.EqualTo(new DateTime(2030, 1, 2, 4, 4, 5, DateTimeKind.Utc)));
    }
}
