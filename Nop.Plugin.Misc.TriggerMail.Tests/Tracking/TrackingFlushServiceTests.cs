using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tracking;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Tracking;

[TestFixture]
public class TrackingFlushServiceTests
{
    [Test]
    public async Task The_plugin_registers_a_hosted_flusher_that_writes_everything_still_buffered_when_the_host_stops()
    {
        await using var store = await StoreHarness.StartAsync();
        var sent = await TrackingRecorderTests.SentMessageAsync(store, "<p>hello</p>");
        store.Clock.Advance(TimeSpan.FromHours(1));
        using var scope = store.CreateScope();
        var service = scope.ServiceProvider.GetServices<IHostedService>().OfType<TrackingFlushService>().Single();
        await service.StartAsync(CancellationToken.None);

        for (var i = 0; i < 5; i++)
            await TrackingRecorderTests.OpenAsync(store, TrackingRecorderTests.OpenToken(store, sent.Message));
        await service.StopAsync(CancellationToken.None);

        Assert.That(store.Query<TrackingEvent>(), Has.Count.EqualTo(5));
        Assert.That(scope.ServiceProvider.GetRequiredService<TrackingEventBuffer>().Count, Is.EqualTo(0));
    }
}
