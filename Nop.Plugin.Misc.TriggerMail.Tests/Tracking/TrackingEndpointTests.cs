using System.Net;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Tracking;

/// <summary>
/// The open pixel and click redirect over HTTP, through the plugin's own routes and controller.
/// </summary>
[TestFixture]
public class TrackingEndpointTests
{
    [Test]
    public async Task The_pixel_is_a_gif_even_for_a_garbage_token_and_nothing_is_counted()
    {
        await using var store = await StoreHarness.StartAsync();
        await using var site = await PublicSite.StartAsync(store);

        var response = await site.CreateClient().GetAsync("/tm/o/garbage");
        await TrackingRecorderTests.FlushAsync(store);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/gif"));
        Assert.That(store.Query<TrackingEvent>(), Is.Empty);
    }

    [Test]
    public async Task A_forged_click_lands_on_the_store_home_page()
    {
        await using var store = await StoreHarness.StartAsync();
        await using var site = await PublicSite.StartAsync(store);

        var response = await site.CreateClient().GetAsync("/tm/c/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        await TrackingRecorderTests.FlushAsync(store);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo(HarnessWebHelper.StoreLocation));
        Assert.That(store.Query<TrackingEvent>(), Is.Empty);
    }

    [Test]
    public async Task A_real_click_redirects_to_the_stored_url_without_setting_a_cookie()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await TrackingRecorderTests.SentMessageAsync(store, "<a href=\"https://shop.test/cart?utm_source=mail\">cart</a>");
        store.Clock.Advance(TimeSpan.FromMinutes(30));
        await using var site = await PublicSite.StartAsync(store);
        var client = site.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148");

        var response = await client.GetAsync("/tm/c/" + TrackingRecorderTests.ClickToken(store, sent.Message, 0));
        await TrackingRecorderTests.FlushAsync(store);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("https://shop.test/cart?utm_source=mail"));
        Assert.That(response.Headers.Contains("Set-Cookie"), Is.False);
        Assert.That(store.Query<TrackingEvent>().Single().IsMachine, Is.False);
    }

    [Test]
    public async Task A_real_pixel_is_counted_for_its_message()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await TrackingRecorderTests.SentMessageAsync(store, "<p>hello</p>");
        store.Clock.Advance(TimeSpan.FromHours(1));
        await using var site = await PublicSite.StartAsync(store);
        var client = site.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36");

        var response = await client.GetAsync("/tm/o/" + TrackingRecorderTests.OpenToken(store, sent.Message));
        await TrackingRecorderTests.FlushAsync(store);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/gif"));
        Assert.That(store.Query<TrackingEvent>().Single().MessageId, Is.EqualTo(sent.Message.Id));
    }
}
