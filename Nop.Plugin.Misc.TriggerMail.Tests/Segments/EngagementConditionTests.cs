using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using NUnit.Framework;
using static Nop.Plugin.Misc.TriggerMail.Tests.Segments.SegmentData;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Segments;

[TestFixture]
public class EngagementConditionTests
{
    [Test]
    public async Task Received_means_a_sent_message_optionally_of_one_scenario_within_n_days()
    {
        await using var store = await StoreHarness.StartAsync();
        var recent = await CustomerAsync(store, "recent@x.test");
        var old = await CustomerAsync(store, "old@x.test");
        var failed = await CustomerAsync(store, "failed@x.test");
        var other = await CustomerAsync(store, "other@x.test");
        await MessageAsync(store, recent, scenarioId: 1, daysAgo: 2);
        await MessageAsync(store, old, scenarioId: 1, daysAgo: 40);
        await MessageAsync(store, failed, scenarioId: 1, daysAgo: 2, status: MessageStatus.Failed);
        await MessageAsync(store, other, scenarioId: 2, daysAgo: 2);

        var any = await MembersAsync(store, "engagement.received", "is", true);
        var scenarioWithin30Days = await MembersAsync(store, "engagement.received", "is", true, r => { r.ScenarioId = 1; r.InLastDays = 30; });

        Assert.That(any, Is.EqualTo(new[] { "old@x.test", "other@x.test", "recent@x.test" }));
        Assert.That(scenarioWithin30Days, Is.EqualTo(new[] { "recent@x.test" }));
    }

    [TestCase("engagement.opened")]
    [TestCase("engagement.clicked")]
    public async Task Opens_and_clicks_by_machines_or_before_the_window_do_not_count(string field)
    {
        await using var store = await StoreHarness.StartAsync();
        var type = field == "engagement.opened" ? TrackingEventType.Open : TrackingEventType.Click;
        var person = await CustomerAsync(store, "person@x.test");
        var scanner = await CustomerAsync(store, "scanner@x.test");
        var longAgo = await CustomerAsync(store, "longago@x.test");
        var otherType = await CustomerAsync(store, "othertype@x.test");
        await TrackingAsync(store, await MessageAsync(store, person, 1), type, daysAgo: 1);
        await TrackingAsync(store, await MessageAsync(store, scanner, 1), type, daysAgo: 1, isMachine: true);
        await TrackingAsync(store, await MessageAsync(store, longAgo, 1, daysAgo: 60), type, daysAgo: 59);
        await TrackingAsync(store, await MessageAsync(store, otherType, 1), TrackingEventType.Bounce, daysAgo: 1);

        var engaged = await MembersAsync(store, field, "is", true, r => r.InLastDays = 30);
        var everEngagedInScenario2 = await MembersAsync(store, field, "is", true, r => r.ScenarioId = 2);

        Assert.That(engaged, Is.EqualTo(new[] { "person@x.test" }));
        Assert.That(everEngagedInScenario2, Is.Empty);
    }

    [Test]
    public async Task Unsubscribed_matches_by_customer_or_email_and_a_global_unsubscribe_covers_every_scenario()
    {
        await using var store = await StoreHarness.StartAsync();
        var byId = await CustomerAsync(store, "byid@x.test");
        await CustomerAsync(store, "byemail@x.test");
        await CustomerAsync(store, "scenario@x.test");
        await CustomerAsync(store, "subscribed@x.test");
        await UnsubscribeAsync(store, "other-address@x.test", byId.Id);
        await UnsubscribeAsync(store, "byemail@x.test", null);
        await UnsubscribeAsync(store, "scenario@x.test", null, scenarioId: 5);

        var any = await MembersAsync(store, "engagement.unsubscribed", "is", true);
        var fromScenario5 = await MembersAsync(store, "engagement.unsubscribed", "is", true, r => r.ScenarioId = 5);
        var fromScenario6 = await MembersAsync(store, "engagement.unsubscribed", "is", true, r => r.ScenarioId = 6);
        var notUnsubscribed = await MembersAsync(store, "engagement.unsubscribed", "is", false);

        Assert.That(any, Is.EqualTo(new[] { "byemail@x.test", "byid@x.test", "scenario@x.test" }));
        Assert.That(fromScenario5, Is.EqualTo(new[] { "byemail@x.test", "byid@x.test", "scenario@x.test" }));
        Assert.That(fromScenario6, Is.EqualTo(new[] { "byemail@x.test", "byid@x.test" }));
        Assert.That(notUnsubscribed, Is.EqualTo(new[] { "subscribed@x.test" }));
    }

    [Test]
    public async Task In_a_scenario_now_means_a_live_enrollment()
    {
        await using var store = await StoreHarness.StartAsync();
        var waiting = await CustomerAsync(store, "waiting@x.test");
        var completed = await CustomerAsync(store, "completed@x.test");
        var elsewhere = await CustomerAsync(store, "elsewhere@x.test");
        await EnrollmentAsync(store, waiting, 1, EnrollmentStatus.Waiting);
        await EnrollmentAsync(store, completed, 1, EnrollmentStatus.Completed);
        await EnrollmentAsync(store, elsewhere, 2, EnrollmentStatus.Active);

        var inScenario1 = await MembersAsync(store, "engagement.inScenario", "is", true, r => r.ScenarioId = 1);
        var inAny = await MembersAsync(store, "engagement.inScenario", "is", true);

        Assert.That(inScenario1, Is.EqualTo(new[] { "waiting@x.test" }));
        Assert.That(inAny, Is.EqualTo(new[] { "elsewhere@x.test", "waiting@x.test" }));
    }
}
