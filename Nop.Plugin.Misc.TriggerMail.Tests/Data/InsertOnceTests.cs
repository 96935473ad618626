using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Data;

[TestFixture]
public class InsertOnceTests
{
    [Test]
    public async Task A_row_whose_unique_key_is_free_is_inserted()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<TriggerInboxItem>>();

        var inserted = await repository.InsertOnceAsync(NewInboxItem("registered:1"));

        Assert.That((inserted, store.Query<TriggerInboxItem>().Count), Is.EqualTo((true, 1)));
    }

    [Test]
    public async Task A_row_whose_unique_key_is_taken_is_reported_instead_of_thrown()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.InsertAsync(NewInboxItem("registered:1"));
        using var scope = store.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<TriggerInboxItem>>();

        var inserted = await repository.InsertOnceAsync(NewInboxItem("registered:1"));

        Assert.That((inserted, store.Query<TriggerInboxItem>().Count), Is.EqualTo((false, 1)));
    }

    [Test]
    public async Task A_list_with_one_taken_key_inserts_none_of_its_rows()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.InsertAsync(NewInboxItem("registered:2"));
        using var scope = store.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<TriggerInboxItem>>();

        var inserted = await repository.InsertOnceAsync([NewInboxItem("registered:1"), NewInboxItem("registered:2")]);

        Assert.That((inserted, store.Query<TriggerInboxItem>().Count), Is.EqualTo((false, 1)));
    }

    [Test]
    public void A_failure_other_than_a_taken_key_propagates()
    {
        var repository = new Mock<IRepository<TriggerInboxItem>>();
        repository.Setup(r => r.InsertAsync(It.IsAny<TriggerInboxItem>(), It.IsAny<bool>())).ThrowsAsync(new TimeoutException("database gone"));

        Assert.ThrowsAsync<TimeoutException>(() => repository.Object.InsertOnceAsync(NewInboxItem("registered:1")));
    }

    [Test]
    public async Task No_entity_event_is_published_unless_asked_for()
    {
        var repository = new Mock<IRepository<TriggerInboxItem>>();

        await repository.Object.InsertOnceAsync(NewInboxItem("registered:1"));

        repository.Verify(r => r.InsertAsync(It.IsAny<TriggerInboxItem>(), false), Times.Once);
    }

    private static TriggerInboxItem NewInboxItem(string dedupeKey) => new()
    {
        TriggerKind = TriggerKind.CustomerRegistered,
        CustomerId = 1,
        StoreId = 1,
        DedupeKey = dedupeKey,
        OccurredOnUtc = StoreHarness.DefaultNow,
        CreatedOnUtc = StoreHarness.DefaultNow
    };
}
