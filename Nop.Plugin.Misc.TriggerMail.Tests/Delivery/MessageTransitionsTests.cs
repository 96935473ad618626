using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Delivery;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Delivery;

/// <summary>Message status moves on the harness: conditional on the status read, one winner, a log row each.</summary>
[TestFixture]
public class MessageTransitionsTests
{
    [Test]
    public async Task Sending_a_message_that_was_already_sent_is_refused_and_leaves_the_row_unchanged()
    {
        await using var store = await StoreHarness.StartAsync();
        var message = await MessageAsync(store, MessageStatus.Sent);
        message.LastError = "changed by a mover that lost";

        var moved = await MoveAsync(store, message, MessageStatus.Sending);

        var stored = store.Query<Message>().Single();
        Assert.That(moved, Is.False);
        Assert.That((stored.Status, stored.LastError), Is.EqualTo((MessageStatus.Sent, (string)null)));
        Assert.That(store.Query<StatusMove>(), Is.Empty);
    }

    [Test]
    public async Task A_send_ending_after_recovery_failed_the_message_is_refused()
    {
        await using var store = await StoreHarness.StartAsync();
        var pending = await MessageAsync(store, MessageStatus.Pending);
        await MoveAsync(store, pending, MessageStatus.Sending);
        var lateSender = store.Query<Message>().Single();
        await MoveAsync(store, store.Query<Message>().Single(), MessageStatus.Failed);

        var moved = await MoveAsync(store, lateSender, MessageStatus.Sent);

        Assert.That(moved, Is.False);
        Assert.That(store.Query<Message>().Single().Status, Is.EqualTo(MessageStatus.Failed));
        Assert.That(store.Query<StatusMove>().OrderBy(m => m.Revision).Select(m => m.ToStatusId),
            Is.EqualTo(new[] { (int)MessageStatus.Sending, (int)MessageStatus.Failed }));
    }

    [Test]
    public async Task Of_two_racing_moves_from_the_same_status_exactly_one_wins()
    {
        await using var store = await StoreHarness.StartAsync();
        await MessageAsync(store, MessageStatus.Sending);
        var copies = new[] { store.Query<Message>().Single(), store.Query<Message>().Single() };

        var moved = await Task.WhenAll(
            Task.Run(() => MoveAsync(store, copies[0], MessageStatus.Sent)),
            Task.Run(() => MoveAsync(store, copies[1], MessageStatus.Failed)));

        var winner = moved[0] ? MessageStatus.Sent : MessageStatus.Failed;
        Assert.That(moved.Count(m => m), Is.EqualTo(1));
        Assert.That(store.Query<Message>().Single().Status, Is.EqualTo(winner));
        Assert.That(store.Query<StatusMove>().Select(m => (m.Revision, m.ToStatusId)), Is.EqualTo(new[] { (1, (int)winner) }));
    }

    private static async Task<bool> MoveAsync(StoreHarness store, Message message, MessageStatus to)
    {
        using var scope = store.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MessageTransitions>().TryMoveAsync(message, to);
    }

    private static Task<Message> MessageAsync(StoreHarness store, MessageStatus status) => store.InsertAsync(new Message
    {
        MessageGuid = Guid.NewGuid(), EnrollmentId = 1, StepKey = "email-1", ScenarioId = 1, CustomerId = 1, StoreId = 1,
        ToEmail = "ann@example.com", Status = status, CreatedOnUtc = store.Clock.UtcNow
    });
}
