using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Gdpr;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Delivery;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Tracking;
using Nop.Plugin.Misc.TriggerMail.Tracking;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Compliance;

/// <summary>
/// GDPR erase beyond delivery: trigger payloads, enrollment contexts, tracking details and stored links.
/// </summary>
[TestFixture]
public class GdprActivityEraseTests
{
    private const string Browser = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    private const string AnnsEmail = "Ann+shop@example.com";

    [Test]
    public async Task Deleting_a_customer_erases_her_trigger_payloads_enrollment_contexts_tracking_details_and_stored_links()
    {
        await using var store = await StoreHarness.StartAsync();
        var (world, ann, bob) = await ArrangeAsync(store);
        var annsMessage = await SentAndClickedAsync(store, world, ann);
        var bobsMessage = await SentAndClickedAsync(store, world, bob);
        await TriggerAsync(store, ann.Id, "cart:ann", TriggerPayloadJson.Serialize(new AbandonedCartPayload(store.Clock.UtcNow, 60, ann.Email, false, [], null)));
        await TriggerAsync(store, 999, "newsletter:guest", TriggerPayloadJson.Serialize(new NewsletterPayload(1, 1, ann.Email.ToLowerInvariant(), true)));
        await TriggerAsync(store, bob.Id, "cart:bob", TriggerPayloadJson.Serialize(new AbandonedCartPayload(store.Clock.UtcNow, 60, bob.Email, false, [], null)));

        await store.PublishAsync(new CustomerPermanentlyDeleted(ann.Id, AnnsEmail));

        Assert.That(store.Events.ConsumerFailures, Is.Empty);
        var payloads = store.Query<TriggerInboxItem>(q => q.OrderBy(i => i.Id)).ToDictionary(i => i.DedupeKey, i => i.PayloadJson);
        Assert.That(payloads["cart:ann"], Is.Null);
        Assert.That(payloads["newsletter:guest"], Is.Null);
        Assert.That(payloads["cart:bob"], Does.Contain("bob@example.com"));
        Assert.That(Enrollment(store, annsMessage).ContextJson, Is.Null);
        Assert.That(Enrollment(store, bobsMessage).ContextJson, Does.Contain("bob@example.com"));
        var annsClick = store.Query<TrackingEvent>(q => q.Where(e => e.MessageId == annsMessage.Id)).Single();
        Assert.That((annsClick.EventType, annsClick.IpAddress, annsClick.UserAgent, annsClick.Url), Is.EqualTo((TrackingEventType.Click, (string)null, (string)null, (string)null)));
        var bobsClick = store.Query<TrackingEvent>(q => q.Where(e => e.MessageId == bobsMessage.Id)).Single();
        Assert.That((bobsClick.IpAddress, bobsClick.UserAgent), Is.EqualTo(("81.2.69.142", Browser)));
        Assert.That(store.Query<MessageLink>(q => q.Where(l => l.MessageId == annsMessage.Id)), Is.Empty);
        Assert.That(store.Query<MessageLink>(q => q.Where(l => l.MessageId == bobsMessage.Id)).Single().Url, Is.EqualTo("https://store.test/sale?email=bob@example.com"));
    }

    [Test]
    public async Task An_erased_customers_old_email_records_no_further_opens_or_clicks()
    {
        await using var store = await StoreHarness.StartAsync();
        var (world, ann, _) = await ArrangeAsync(store);
        var message = await SentAndClickedAsync(store, world, ann);
        await store.PublishAsync(new CustomerPermanentlyDeleted(ann.Id, AnnsEmail));
        store.Clock.Advance(TimeSpan.FromDays(1));

        var redirect = await ClickAsync(store, message);
        await TrackingRecorderTests.OpenAsync(store, TrackingRecorderTests.OpenToken(store, message));
        await TrackingRecorderTests.FlushAsync(store);

        Assert.That(redirect, Is.Null);
        Assert.That(store.Query<TrackingEvent>(q => q.Where(e => e.MessageId == message.Id)), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_click_right_after_the_erase_lands_on_the_home_page_although_its_link_was_just_clicked()
    {
        await using var store = await StoreHarness.StartAsync();
        var (world, ann, _) = await ArrangeAsync(store);
        var message = await SentAndClickedAsync(store, world, ann);

        await store.PublishAsync(new CustomerPermanentlyDeleted(ann.Id, AnnsEmail));
        var redirect = await ClickAsync(store, message);

        Assert.That(redirect, Is.Null);
    }

    [Test]
    public async Task An_open_still_buffered_when_the_customer_is_erased_keeps_its_count_without_her_details()
    {
        await using var store = await StoreHarness.StartAsync();
        var (world, ann, _) = await ArrangeAsync(store);
        var message = await SentAndClickedAsync(store, world, ann);
        await TrackingRecorderTests.OpenAsync(store, TrackingRecorderTests.OpenToken(store, message));

        await store.PublishAsync(new CustomerPermanentlyDeleted(ann.Id, AnnsEmail));
        await TrackingRecorderTests.FlushAsync(store);

        var events = store.Query<TrackingEvent>(q => q.Where(e => e.MessageId == message.Id).OrderBy(e => e.Id));
        Assert.That(events.Select(e => e.EventType), Is.EqualTo(new[] { TrackingEventType.Click, TrackingEventType.Open }));
        Assert.That(events.Select(e => e.IpAddress ?? e.UserAgent), Has.All.Null);
    }

    private static async Task<(DeliveryWorld World, Customer Ann, Customer Bob)> ArrangeAsync(StoreHarness store)
    {
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync(AnnsEmail, "Ann");
        var bob = await world.CustomerAsync("bob@example.com", "Bob");
        return (world, ann, bob);
    }

    /// <summary>A tracked message whose link carries the address in its query string, sent and clicked half an hour later.</summary>
    private static async Task<Message> SentAndClickedAsync(StoreHarness store, DeliveryWorld world, Customer customer)
    {
        var scenario = await TrackedDeliveryTests.ScenarioAsync(store, true);
        var template = await world.TemplateAsync("Sale", "<a href=\"https://store.test/sale?email={{Customer.Email}}\">Sale</a>");
        var message = await world.MessageAsync(customer, template, scenarioId: scenario.Id,
            contextJson: $"{{\"trigger\":10,\"entityId\":{customer.Id},\"email\":\"{customer.Email}\"}}");
        await world.DeliverAsync();
        store.Clock.Advance(TimeSpan.FromMinutes(30));
        await ClickAsync(store, message);
        await TrackingRecorderTests.FlushAsync(store);
        return message;
    }

    private static async Task<string> ClickAsync(StoreHarness store, Message message)
    {
        using var scope = store.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrackingRecorder>()
            .ResolveClickAsync(new TrackingVisit(TrackingRecorderTests.ClickToken(store, message, 0), Browser, "81.2.69.142"));
    }

    private static Task TriggerAsync(StoreHarness store, int customerId, string key, string payload) => store.InsertAsync(new TriggerInboxItem
    {
        TriggerKind = TriggerKind.AbandonedCart, CustomerId = customerId, StoreId = 1, OccurredOnUtc = store.Clock.UtcNow, DedupeKey = key,
        PayloadJson = payload, Status = InboxItemStatus.Processed, CreatedOnUtc = store.Clock.UtcNow
    });

    private static Enrollment Enrollment(StoreHarness store, Message message) =>
        store.Query<Enrollment>(q => q.Where(e => e.Id == message.EnrollmentId)).Single();
}
