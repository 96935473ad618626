using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Plugin.Misc.TriggerMail.Engine.Tracking;
using Nop.Plugin.Misc.TriggerMail.Services.Tracking;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Services.Tracking;

[TestFixture]
public class TrackingRecorderTests
{
    private const string Browser = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    [Test]
    public async Task A_click_redirects_to_the_stored_link_and_is_counted_as_human()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<a href=\"https://shop.test/cart\">cart</a>");
        store.Clock.Advance(TimeSpan.FromMinutes(30));

        var url = await ResolveAsync(store, ClickToken(store, sent.Message, 0));

        var click = store.Query<TrackingEvent>().Single();
        Assert.That(url, Is.EqualTo("https://shop.test/cart"));
        Assert.That((click.EventType, click.MessageId, click.IsMachine), Is.EqualTo((TrackingEventType.Click, sent.Message.Id, false)));
    }

    [Test]
    public async Task A_forged_token_never_redirects_and_is_not_counted()
    {
        await using var store = await StoreHarness.StartAsync();
        await SentMessageAsync(store, "<a href=\"https://shop.test/cart\">cart</a>");
        var forger = new TrackingTokenCodec(Convert.ToBase64String(new byte[32]));

        var url = await ResolveAsync(store, forger.Encode(TrackingPurpose.Click, new TrackingToken(Guid.NewGuid(), 0)));

        Assert.That(url, Is.Null);
        Assert.That(store.Query<TrackingEvent>(), Is.Empty);
    }

    [Test]
    public async Task A_token_for_a_link_position_the_message_does_not_have_goes_nowhere()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<a href=\"https://shop.test/cart\">cart</a>");

        var url = await ResolveAsync(store, ClickToken(store, sent.Message, 7));

        Assert.That(url, Is.Null);
        Assert.That(store.Query<TrackingEvent>(), Is.Empty);
    }

    [Test]
    public async Task A_scanner_fetching_every_link_at_once_is_flagged()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<a href=\"https://shop.test/1\">1</a><a href=\"https://shop.test/2\">2</a><a href=\"https://shop.test/3\">3</a>");
        store.Clock.Advance(TimeSpan.FromMinutes(2));

        for (var i = 0; i < 3; i++)
            await ResolveAsync(store, ClickToken(store, sent.Message, i));

        Assert.That(store.Query<TrackingEvent>(q => q.OrderBy(e => e.Id)).Select(e => e.IsMachine), Is.EqualTo(new[] { false, false, true }));
    }

    [Test]
    public async Task An_open_is_recorded_for_the_message_of_the_pixel()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<p>hello</p>");
        var settings = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        var pixel = new TrackingUrls(new TrackingTokenCodec(settings.TokenSecret), HarnessWebHelper.StoreLocation).Open(sent.Message.MessageGuid);
        store.Clock.Advance(TimeSpan.FromHours(2));

        using var scope = store.CreateScope();
        var recorded = await scope.ServiceProvider.GetRequiredService<TrackingRecorder>()
            .RecordOpenAsync(new TrackingVisit(pixel[(pixel.LastIndexOf('/') + 1)..], Browser, "81.2.69.142"));

        Assert.That(recorded, Is.True);
        Assert.That(store.Query<TrackingEvent>().Single().EventType, Is.EqualTo(TrackingEventType.Open));
    }

    [Test]
    public async Task Rewriting_a_message_again_on_retry_stores_the_same_links_once()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<a href=\"https://shop.test/a\">a</a>");
        using var scope = store.CreateScope();

        await scope.ServiceProvider.GetRequiredService<MessageTracking>().PrepareAsync(sent.Message, "<a href=\"https://shop.test/a\">a</a>", HarnessWebHelper.StoreLocation, true);

        Assert.That(store.Query<MessageLink>().Select(l => (l.LinkIndex, l.Url)), Is.EqualTo(new[] { (0, "https://shop.test/a") }));
    }

    [Test]
    public async Task Nothing_is_rewritten_when_the_scenario_switched_tracking_off()
    {
        await using var store = await StoreHarness.StartAsync();
        var message = await store.InsertAsync(NewMessage(store));
        using var scope = store.CreateScope();

        var html = await scope.ServiceProvider.GetRequiredService<MessageTracking>().PrepareAsync(message, "<a href=\"https://shop.test/a\">a</a>", HarnessWebHelper.StoreLocation, false);

        Assert.That(html, Is.EqualTo("<a href=\"https://shop.test/a\">a</a>"));
        Assert.That(store.Query<MessageLink>(), Is.Empty);
    }

    internal static async Task<(Message Message, string Html)> SentMessageAsync(StoreHarness store, string html)
    {
        var message = await store.InsertAsync(NewMessage(store));
        using var scope = store.CreateScope();
        var rewritten = await scope.ServiceProvider.GetRequiredService<MessageTracking>().PrepareAsync(message, html, HarnessWebHelper.StoreLocation, true);
        return (message, rewritten);
    }

    internal static string ClickToken(StoreHarness store, Message message, int linkIndex)
    {
        var settings = store.Settings.LoadSettingAsync<TriggerMailSettings>().GetAwaiter().GetResult();
        return new TrackingTokenCodec(settings.TokenSecret).Encode(TrackingPurpose.Click, new TrackingToken(message.MessageGuid, linkIndex));
    }

    private static async Task<string> ResolveAsync(StoreHarness store, string token)
    {
        using var scope = store.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrackingRecorder>().ResolveClickAsync(new TrackingVisit(token, Browser, "81.2.69.142"));
    }

    private static Message NewMessage(StoreHarness store) => new()
    {
        MessageGuid = Guid.NewGuid(),
        EnrollmentId = 1,
        StepKey = "email-1",
        ScenarioId = 1,
        CustomerId = 1,
        ToEmail = "ann@example.com",
        Status = MessageStatus.Sent,
        CreatedOnUtc = store.Clock.UtcNow,
        SentOnUtc = store.Clock.UtcNow
    };
}
