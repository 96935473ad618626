using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using NUnit.Framework;
using static Nop.Plugin.Misc.TriggerMail.Tests.Segments.SegmentData;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Segments;

[TestFixture]
public class SegmentGroupTests
{
    // ann: 3 orders, opened mail; bob: 3 orders; cy: 1 order, opened mail; dee: nothing.
    private static async Task<StoreHarness> FourCustomersAsync()
    {
        var store = await StoreHarness.StartAsync();
        var ann = await CustomerAsync(store, "ann@x.test");
        var bob = await CustomerAsync(store, "bob@x.test");
        var cy = await CustomerAsync(store, "cy@x.test");
        await CustomerAsync(store, "dee@x.test");
        for (var i = 0; i < 3; i++)
        {
            await OrderAsync(store, ann, 10m);
            await OrderAsync(store, bob, 10m);
        }

        await OrderAsync(store, cy, 10m);
        await TrackingAsync(store, await MessageAsync(store, ann, 1), TrackingEventType.Open);
        await TrackingAsync(store, await MessageAsync(store, cy, 1), TrackingEventType.Open);
        return store;
    }

    private static SegmentRule Loyal => SegmentRule.Condition("orders.count", "gte", 3);

    private static SegmentRule Opened => SegmentRule.Condition("engagement.opened", "is", true);

    [Test]
    public async Task And_requires_every_rule_and_or_any_rule()
    {
        await using var store = await FourCustomersAsync();

        var both = await MembersAsync(store, SegmentRule.And(Loyal, Opened));
        var either = await MembersAsync(store, SegmentRule.Or(Loyal, Opened));

        Assert.That(both, Is.EqualTo(new[] { "ann@x.test" }));
        Assert.That(either, Is.EqualTo(new[] { "ann@x.test", "bob@x.test", "cy@x.test" }));
    }

    [Test]
    public async Task Not_negates_its_rules_taken_together()
    {
        await using var store = await FourCustomersAsync();

        var notLoyal = await MembersAsync(store, SegmentRule.Not(Loyal));
        var notLoyalAndOpened = await MembersAsync(store, SegmentRule.Not(Loyal, Opened));

        Assert.That(notLoyal, Is.EqualTo(new[] { "cy@x.test", "dee@x.test" }));
        Assert.That(notLoyalAndOpened, Is.EqualTo(new[] { "bob@x.test", "cy@x.test", "dee@x.test" }));
    }

    [Test]
    public async Task Nested_groups_with_not_compose_like_boolean_algebra()
    {
        await using var store = await FourCustomersAsync();
        var rules = SegmentRule.And(
            SegmentRule.Condition("profile.active", "is", true),
            SegmentRule.Or(
                SegmentRule.Not(SegmentRule.Or(Loyal, Opened)),
                SegmentRule.And(Loyal, SegmentRule.Not(Opened))));

        var members = await MembersAsync(store, rules);

        Assert.That(members, Is.EqualTo(new[] { "bob@x.test", "dee@x.test" }));
    }

    [Test]
    public async Task An_empty_root_group_is_every_customer_but_never_a_deleted_one_or_a_system_account()
    {
        await using var store = await StoreHarness.StartAsync();
        await CustomerAsync(store, "ann@x.test");
        await CustomerAsync(store, "gone@x.test", c => c.Deleted = true);
        await CustomerAsync(store, "search-engine@x.test", c => c.IsSystemAccount = true);

        var members = await MembersAsync(store, SegmentRule.And());

        Assert.That(members, Is.EqualTo(new[] { "ann@x.test" }));
    }

    [Test]
    public async Task A_relative_rule_is_evaluated_at_the_time_it_runs()
    {
        await using var store = await StoreHarness.StartAsync();
        var ann = await CustomerAsync(store, "ann@x.test");
        await OrderAsync(store, ann, 10m, daysAgo: 25);
        var lapsed = SegmentRule.And(SegmentRule.Condition("orders.lastOrderDate", "olderThanDays", 30));

        var today = await MembersAsync(store, lapsed);
        store.Clock.Advance(TimeSpan.FromDays(6));
        var inSixDays = await MembersAsync(store, lapsed);

        Assert.That(today, Is.Empty);
        Assert.That(inSixDays, Is.EqualTo(new[] { "ann@x.test" }));
    }
}
