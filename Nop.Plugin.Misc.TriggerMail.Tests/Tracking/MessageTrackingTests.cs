using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Tracking;

[TestFixture]
public class MessageTrackingTests
{
    [Test]
    public async Task A_tracked_message_with_a_link_longer_than_the_url_column_throws_today()
    {
        await using var store = await StoreHarness.StartAsync();
        var longUrl = "https://shop.test/search?q=" + new string('x', TriggerMailDefaults.UrlLength);

        Assert.ThrowsAsync<ArgumentException>(() => TrackingRecorderTests.SentMessageAsync(store, $"<a href=\"{longUrl}\">search</a>"));
    }
}
