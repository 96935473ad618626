using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tracking;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Tracking;

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
        await FlushAsync(store);

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

        var url = await ResolveAsync(store, forger.Encode(TrackingPurpose.Click, new TrackingToken(1, Guid.NewGuid(), 0)));
        await FlushAsync(store);

        Assert.That(url, Is.Null);
        Assert.That(store.Query<TrackingEvent>(), Is.Empty);
    }

    [Test]
    public async Task A_token_for_a_link_position_the_message_does_not_have_goes_nowhere()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<a href=\"https://shop.test/cart\">cart</a>");

        var url = await ResolveAsync(store, ClickToken(store, sent.Message, 7));
        await FlushAsync(store);

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
        await FlushAsync(store);

        Assert.That(store.Query<TrackingEvent>(q => q.OrderBy(e => e.Id)).Select(e => e.IsMachine), Is.EqualTo(new[] { false, false, true }));
    }

    [Test]
    public async Task An_open_is_recorded_for_the_message_of_the_pixel()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<p>hello</p>");
        var settings = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        var pixel = new TrackingUrls(new TrackingTokenCodec(settings.TokenSecret), HarnessWebHelper.StoreLocation).Open(sent.Message.Id, sent.Message.MessageGuid);
        store.Clock.Advance(TimeSpan.FromHours(2));

        var recorded = await OpenAsync(store, pixel[(pixel.LastIndexOf('/') + 1)..]);
        await FlushAsync(store);

        Assert.That(recorded, Is.True);
        Assert.That(store.Query<TrackingEvent>().Single().EventType, Is.EqualTo(TrackingEventType.Open));
    }

    [Test]
    public async Task Rewriting_a_message_again_on_retry_stores_the_same_links_once()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<a href=\"https://shop.test/a\">a</a>");
        using var scope = store.CreateScope();

        await scope.ServiceProvider.GetRequiredService<MessageTracking>().PrepareAsync(sent.Message, "<a href=\"https://shop.test/a\">a</a>", HarnessWebHelper.StoreLocation);

        Assert.That(store.Query<MessageLink>().Select(l => (l.LinkIndex, l.Url)), Is.EqualTo(new[] { (0, "https://shop.test/a") }));
    }

    [Test]
    public async Task Nothing_is_rewritten_when_the_scenario_switched_tracking_off()
    {
        await using var store = await StoreHarness.StartAsync();
        var message = await store.InsertAsync(NewMessage(store, tracked: false));
        using var scope = store.CreateScope();

        var html = await scope.ServiceProvider.GetRequiredService<MessageTracking>().PrepareAsync(message, "<a href=\"https://shop.test/a\">a</a>", HarnessWebHelper.StoreLocation);

        Assert.That(html, Is.EqualTo("<a href=\"https://shop.test/a\">a</a>"));
        Assert.That(store.Query<MessageLink>(), Is.Empty);
    }

    [Test]
    public async Task An_accepted_open_waits_in_the_buffer_and_reaches_the_table_at_the_flush()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<p>hello</p>");
        store.Clock.Advance(TimeSpan.FromHours(2));

        var accepted = await OpenAsync(store, OpenToken(store, sent.Message));
        var before = store.Query<TrackingEvent>().Count;
        var written = await FlushAsync(store);

        Assert.That((accepted, before, written), Is.EqualTo((true, 0, 1)));
        Assert.That(store.Query<TrackingEvent>().Single().MessageId, Is.EqualTo(sent.Message.Id));
    }

    [Test]
    public async Task A_full_buffer_writes_the_event_in_the_request_and_loses_none()
    {
        await using var store = await StoreHarness.StartAsync(configureServices: services => services.AddSingleton(new TrackingEventBuffer(capacity: 1)));
        var sent = await SentMessageAsync(store, "<p>hello</p>");
        store.Clock.Advance(TimeSpan.FromHours(2));

        for (var i = 0; i < 3; i++)
            await OpenAsync(store, OpenToken(store, sent.Message));
        var writtenByRequests = store.Query<TrackingEvent>().Count;
        await FlushAsync(store);

        Assert.That(writtenByRequests, Is.EqualTo(2));
        Assert.That(store.Query<TrackingEvent>(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_batch_that_fails_to_write_is_kept_and_written_at_the_next_flush()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<p>hello</p>");
        store.Clock.Advance(TimeSpan.FromHours(2));
        await OpenAsync(store, OpenToken(store, sent.Message));
        await OpenAsync(store, OpenToken(store, sent.Message));
        store.Database.Execute("ALTER TABLE \"TriggerMail_TrackingEvent\" RENAME TO \"TrackingEventAway\"");

        Assert.CatchAsync(() => FlushAsync(store));
        store.Database.Execute("ALTER TABLE \"TrackingEventAway\" RENAME TO \"TriggerMail_TrackingEvent\"");
        var written = await FlushAsync(store);

        Assert.That(written, Is.EqualTo(2));
        Assert.That(store.Query<TrackingEvent>(), Has.Count.EqualTo(2));
        Assert.That(store.Log.Entries.Select(e => e.Message), Has.Some.Contains("could not be written"));
    }

    [Test]
    public async Task A_flush_that_must_not_stop_its_caller_keeps_a_failed_batch_for_later()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<p>hello</p>");
        store.Clock.Advance(TimeSpan.FromHours(2));
        await OpenAsync(store, OpenToken(store, sent.Message));
        store.Database.Execute("ALTER TABLE \"TriggerMail_TrackingEvent\" RENAME TO \"TrackingEventAway\"");
        using var scope = store.CreateScope();

        Assert.DoesNotThrowAsync(() => scope.ServiceProvider.GetRequiredService<TrackingEventFlusher>().TryFlushAsync());
        store.Database.Execute("ALTER TABLE \"TrackingEventAway\" RENAME TO \"TriggerMail_TrackingEvent\"");
        var written = await FlushAsync(store);

        Assert.That(written, Is.EqualTo(1));
    }

    [Test]
    public async Task A_token_naming_one_messages_id_with_anothers_guid_is_not_counted()
    {
        await using var store = await StoreHarness.StartAsync();
        var ann = await SentMessageAsync(store, "<p>hello</p>");
        var bob = await store.InsertAsync(NewMessage(store, enrollmentId: 2));
        var codec = new TrackingTokenCodec((await store.Settings.LoadSettingAsync<TriggerMailSettings>()).TokenSecret);
        store.Clock.Advance(TimeSpan.FromHours(2));

        await OpenAsync(store, codec.Encode(TrackingPurpose.Open, new TrackingToken(ann.Message.Id, bob.MessageGuid, 0)));
        await FlushAsync(store);

        Assert.That(store.Query<TrackingEvent>(), Is.Empty);
    }

    [Test]
    public async Task A_scanner_burst_split_across_two_flushes_is_still_flagged()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<a href=\"https://shop.test/1\">1</a><a href=\"https://shop.test/2\">2</a><a href=\"https://shop.test/3\">3</a>");
        store.Clock.Advance(TimeSpan.FromMinutes(2));

        await ResolveAsync(store, ClickToken(store, sent.Message, 0));
        await ResolveAsync(store, ClickToken(store, sent.Message, 1));
        await FlushAsync(store);
        store.Clock.Advance(TimeSpan.FromSeconds(2));
        await ResolveAsync(store, ClickToken(store, sent.Message, 2));
        await FlushAsync(store);

        Assert.That(store.Query<TrackingEvent>(q => q.OrderBy(e => e.Id)).Select(e => e.IsMachine), Is.EqualTo(new[] { false, false, true }));
    }

    [Test]
    public async Task A_scanner_burst_of_one_written_click_and_two_buffered_ones_is_flagged()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<a href=\"https://shop.test/1\">1</a><a href=\"https://shop.test/2\">2</a><a href=\"https://shop.test/3\">3</a>");
        store.Clock.Advance(TimeSpan.FromMinutes(2));

        await ResolveAsync(store, ClickToken(store, sent.Message, 0));
        await FlushAsync(store);
        store.Clock.Advance(TimeSpan.FromSeconds(1));
        await ResolveAsync(store, ClickToken(store, sent.Message, 1));
        await ResolveAsync(store, ClickToken(store, sent.Message, 2));
        await FlushAsync(store);

        Assert.That(store.Query<TrackingEvent>(q => q.OrderBy(e => e.Id)).Select(e => e.IsMachine), Is.EqualTo(new[] { false, false, true }));
    }

    [Test]
    public async Task Clicks_more_than_five_seconds_apart_are_not_a_burst()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<a href=\"https://shop.test/1\">1</a><a href=\"https://shop.test/2\">2</a><a href=\"https://shop.test/3\">3</a>");
        store.Clock.Advance(TimeSpan.FromMinutes(2));

        for (var i = 0; i < 3; i++)
        {
            await ResolveAsync(store, ClickToken(store, sent.Message, i));
            store.Clock.Advance(TimeSpan.FromSeconds(3));
        }
        await FlushAsync(store);

        Assert.That(store.Query<TrackingEvent>().Select(e => e.IsMachine), Has.All.False);
    }

    [Test]
    public async Task A_link_from_an_email_sent_before_tokens_carried_the_message_id_still_redirects_and_counts()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<a href=\"https://shop.test/cart\">cart</a>");
        var secret = (await store.Settings.LoadSettingAsync<TriggerMailSettings>()).TokenSecret;
        store.Clock.Advance(TimeSpan.FromMinutes(30));

        var url = await ResolveAsync(store, Nop.Plugin.Misc.TriggerMail.Tests.Tracking.Core.TrackingTokenCodecTests.GuidOnlyToken(TrackingPurpose.Click, sent.Message.MessageGuid, 0, secret));
        await FlushAsync(store);

        Assert.That(url, Is.EqualTo("https://shop.test/cart"));
        Assert.That(store.Query<TrackingEvent>().Single().MessageId, Is.EqualTo(sent.Message.Id));
    }

    [Test]
    public async Task Links_removed_by_another_server_stop_redirecting_once_the_cache_lifetime_has_passed()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<a href=\"https://shop.test/cart\">cart</a>");
        store.Clock.Advance(TimeSpan.FromMinutes(30));
        await ResolveAsync(store, ClickToken(store, sent.Message, 0));
        store.Database.Execute("DELETE FROM \"TriggerMail_MessageLink\"");

        var withinLifetime = await ResolveAsync(store, ClickToken(store, sent.Message, 0));
        store.Clock.Advance(TrackingLinkCache.Lifetime);
        var afterLifetime = await ResolveAsync(store, ClickToken(store, sent.Message, 0));

        Assert.That(withinLifetime, Is.EqualTo("https://shop.test/cart"));
        Assert.That(afterLifetime, Is.Null);
    }

    [Test]
    public async Task Nothing_is_written_for_a_message_composed_while_tracking_was_off_but_a_click_still_redirects()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await SentMessageAsync(store, "<a href=\"https://shop.test/cart\">cart</a>");
        sent.Message.IsTracked = false;
        await store.UpdateAsync(sent.Message);
        store.Clock.Advance(TimeSpan.FromMinutes(30));

        await OpenAsync(store, OpenToken(store, sent.Message));
        var url = await ResolveAsync(store, ClickToken(store, sent.Message, 0));
        await FlushAsync(store);

        Assert.That(url, Is.EqualTo("https://shop.test/cart"));
        Assert.That(store.Query<TrackingEvent>(), Is.Empty);
    }

    internal static async Task<int> FlushAsync(StoreHarness store)
    {
        using var scope = store.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrackingEventFlusher>().FlushAsync();
    }

    internal static string OpenToken(StoreHarness store, Message message)
    {
        var settings = store.Settings.LoadSettingAsync<TriggerMailSettings>().GetAwaiter().GetResult();
        return new TrackingTokenCodec(settings.TokenSecret).Encode(TrackingPurpose.Open, new TrackingToken(message.Id, message.MessageGuid, 0));
    }

    internal static async Task<bool> OpenAsync(StoreHarness store, string token)
    {
        using var scope = store.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrackingRecorder>().RecordOpenAsync(new TrackingVisit(token, Browser, "81.2.69.142"));
    }

    internal static async Task<(Message Message, string Html)> SentMessageAsync(StoreHarness store, string html)
    {
        var message = await store.InsertAsync(NewMessage(store));
        using var scope = store.CreateScope();
        var rewritten = await scope.ServiceProvider.GetRequiredService<MessageTracking>().PrepareAsync(message, html, HarnessWebHelper.StoreLocation);
        return (message, rewritten);
    }

    internal static string ClickToken(StoreHarness store, Message message, int linkIndex)
    {
        var settings = store.Settings.LoadSettingAsync<TriggerMailSettings>().GetAwaiter().GetResult();
        return new TrackingTokenCodec(settings.TokenSecret).Encode(TrackingPurpose.Click, new TrackingToken(message.Id, message.MessageGuid, linkIndex));
    }

    internal static async Task<string> ResolveAsync(StoreHarness store, string token)
    {
        using var scope = store.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrackingRecorder>().ResolveClickAsync(new TrackingVisit(token, Browser, "81.2.69.142"));
    }

    private static Message NewMessage(StoreHarness store, int enrollmentId = 1, bool tracked = true) => new()
    {
        IsTracked = tracked,
        MessageGuid = Guid.NewGuid(),
        EnrollmentId = enrollmentId,
        StepKey = "email-1",
        ScenarioId = 1,
        CustomerId = 1,
        ToEmail = "ann@example.com",
        Status = MessageStatus.Sent,
        CreatedOnUtc = store.Clock.UtcNow,
        SentOnUtc = store.Clock.UtcNow
    };
}
