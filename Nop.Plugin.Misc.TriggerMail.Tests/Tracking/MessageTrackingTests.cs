using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Tracking;

[TestFixture]
public class MessageTrackingTests
{
    [Test]
    public async Task A_link_longer_than_the_url_column_is_stored_truncated_and_the_message_still_goes_out()
    {
        await using var store = await StoreHarness.StartAsync();
        var longUrl = "https://shop.test/search?q=" + new string('x', TriggerMailDefaults.UrlLength);

        var sent = await TrackingRecorderTests.SentMessageAsync(store, $"<a href=\"{longUrl}\">search</a>");

        Assert.That(sent.Html, Does.Not.Contain(longUrl));
        Assert.That(store.Query<MessageLink>().Single().Url, Is.EqualTo(longUrl[..TriggerMailDefaults.UrlLength]));
    }
}
