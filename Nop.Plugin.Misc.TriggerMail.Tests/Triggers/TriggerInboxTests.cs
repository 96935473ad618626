using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers;

[TestFixture]
public class TriggerInboxTests
{
    private static TriggerRecord Registered(int customerId, string key = null) =>
        new(TriggerKind.CustomerRegistered, customerId, 1, StoreHarness.DefaultNow, customerId, key ?? $"registered:{customerId}");

    [Test]
    public async Task Writing_a_trigger_costs_exactly_one_insert_without_entity_events()
    {
        var repository = new Mock<IRepository<TriggerInboxItem>>(MockBehavior.Strict);
        repository.Setup(r => r.InsertAsync(It.IsAny<TriggerInboxItem>(), false)).Returns(Task.CompletedTask);
        var inbox = new TriggerInbox(repository.Object, new TestClock(StoreHarness.DefaultNow));

        var written = await inbox.WriteAsync(Registered(5));

        Assert.That(written, Is.True);
        repository.Verify(r => r.InsertAsync(It.Is<TriggerInboxItem>(i => i.DedupeKey == "registered:5" && i.Status == InboxItemStatus.Pending), false), Times.Once);
        repository.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_duplicate_dedupe_key_is_a_quiet_no_op()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();
        var inbox = scope.ServiceProvider.GetRequiredService<TriggerInbox>();

        var first = await inbox.WriteAsync(Registered(5));
        var second = await inbox.WriteAsync(Registered(5));

        Assert.That((first, second), Is.EqualTo((true, false)));
        Assert.That(store.Query<TriggerInboxItem>(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_database_failure_other_than_a_duplicate_reaches_the_caller()
    {
        var repository = new Mock<IRepository<TriggerInboxItem>>();
        repository.Setup(r => r.InsertAsync(It.IsAny<TriggerInboxItem>(), It.IsAny<bool>())).ThrowsAsync(new TimeoutException("database down"));
        var inbox = new TriggerInbox(repository.Object, new TestClock(StoreHarness.DefaultNow));

        Assert.ThrowsAsync<TimeoutException>(() => inbox.WriteAsync(Registered(5)));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void A_trigger_without_a_dedupe_key_is_refused_with_the_reason(string key)
    {
        var inbox = new TriggerInbox(Mock.Of<IRepository<TriggerInboxItem>>(), new TestClock(StoreHarness.DefaultNow));

        var error = Assert.ThrowsAsync<ArgumentException>(() => inbox.WriteAsync(Registered(5, key)));

        Assert.That(error.Message, Does.Contain("dedupe key"));
    }

    [Test]
    public void A_dedupe_key_longer_than_the_column_is_refused_with_the_limit()
    {
        var inbox = new TriggerInbox(Mock.Of<IRepository<TriggerInboxItem>>(), new TestClock(StoreHarness.DefaultNow));

        var error = Assert.ThrowsAsync<ArgumentException>(() => inbox.WriteAsync(Registered(5, new string('k', 201))));

        Assert.That(error.Message, Does.Contain("200"));
    }
}
