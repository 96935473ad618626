using Nop.Core.Domain.Gdpr;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Delivery;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Compliance;

[TestFixture]
public class GdprEraseTests
{
    [Test]
    public async Task Deleting_a_customer_removes_their_address_from_messages_and_attempt_errors()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        var bob = await world.CustomerAsync("bob@example.com", "Bob");
        var template = await world.TemplateAsync("News", "<p>News</p>");
        var annsMessage = await world.MessageAsync(ann, template);
        var bobsMessage = await world.MessageAsync(bob, template);
        store.Mail.FailNext = e => e.ToAddress == "ann@example.com" ? new IOException("421 <ann@example.com> try later") : null;
        await world.DeliverAsync();

        await store.PublishAsync(new CustomerPermanentlyDeleted(ann.Id, "ann@example.com"));

        var erased = world.Reload(annsMessage);
        Assert.That(store.Events.ConsumerFailures, Is.Empty);
        Assert.That((erased.ToEmail, erased.Subject, erased.LastError), Is.EqualTo((string.Empty, (string)null, (string)null)));
        Assert.That(store.Query<DeliveryAttempt>(q => q.Where(a => a.MessageId == annsMessage.Id)).Single().Error, Is.Null);
        Assert.That(world.Reload(bobsMessage).ToEmail, Is.EqualTo("bob@example.com"));
    }

    [Test]
    public async Task An_erased_customers_suppressions_keep_blocking_the_address_without_storing_it()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        await store.InsertAsync(new Suppression
        {
            Email = "ann@example.com", CustomerId = ann.Id, ScenarioId = 0, Reason = SuppressionReason.Complaint, Note = "complained", CreatedOnUtc = store.Clock.UtcNow
        });

        await store.PublishAsync(new CustomerPermanentlyDeleted(ann.Id, "ann@example.com"));
        var again = await world.CustomerAsync("ANN@example.com", "Ann");
        await world.MessageAsync(again, await world.TemplateAsync("Order", "<p>Order</p>"), transactional: true);
        await world.DeliverAsync();

        var suppression = store.Query<Suppression>().Single();
        Assert.That(suppression.Email, Does.StartWith("hmac:").And.Not.Contain("ann"));
        Assert.That((suppression.CustomerId, suppression.Note), Is.EqualTo(((int?)null, (string)null)));
        Assert.That(store.Mail.Sent, Is.Empty);
    }
}
