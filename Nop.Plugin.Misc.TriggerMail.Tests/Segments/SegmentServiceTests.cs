using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using NUnit.Framework;
using static Nop.Plugin.Misc.TriggerMail.Tests.Segments.SegmentData;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Segments;

[TestFixture]
public class SegmentServiceTests
{
    private static readonly SegmentRule FiveConditions = SegmentRule.And(
        SegmentRule.Condition("profile.active", "is", true),
        SegmentRule.Condition("orders.count", "gte", 2),
        SegmentRule.Condition("orders.totalSpent", "gte", 50m),
        SegmentRule.Condition("engagement.opened", "is", true),
        SegmentRule.Not(SegmentRule.Condition("engagement.unsubscribed", "is", true)));

    private static async Task<StoreHarness> StoreWithCustomersAsync()
    {
        var store = await StoreHarness.StartAsync();
        var ann = await CustomerAsync(store, "ann@x.test", c => { c.FirstName = "Ann"; c.LastName = "Lee"; });
        var bob = await CustomerAsync(store, "bob@x.test");
        await CustomerAsync(store, "cy@x.test");
        await OrderAsync(store, ann, 40m, daysAgo: 30);
        await OrderAsync(store, ann, 35m, daysAgo: 3);
        await OrderAsync(store, bob, 100m, daysAgo: 3);
        await OrderAsync(store, bob, 100m, daysAgo: 2);
        await TrackingAsync(store, await MessageAsync(store, ann, 1), TrackingEventType.Open);
        await TrackingAsync(store, await MessageAsync(store, bob, 1), TrackingEventType.Open);
        await UnsubscribeAsync(store, "bob@x.test", bob.Id);
        return store;
    }

    private static async Task<Segment> SaveAsync(StoreHarness store, SegmentRule rules, string name = "Loyal openers")
    {
        using var scope = store.CreateScope();
        var segment = new Segment { Name = name, RulesJson = SegmentRulesJson.Serialize(rules) };
        await scope.ServiceProvider.GetRequiredService<SegmentService>().SaveAsync(segment);
        return segment;
    }

    [Test]
    public async Task Counting_a_segment_is_one_sql_statement_over_the_customer_table()
    {
        await using var store = await StoreWithCustomersAsync();
        using var scope = store.CreateScope();
        var segments = scope.ServiceProvider.GetRequiredService<SegmentService>();
        store.SqlLog.Enabled = true;

        var count = await segments.CountAsync(FiveConditions);

        Assert.That(count, Is.EqualTo(1));
        Assert.That(store.SqlLog.Statements, Has.Count.EqualTo(1));
        Assert.That(store.SqlLog.Statements[0], Does.StartWith("SELECT COUNT(*)").And.Contain("FROM \"Customer\""));
    }

    [Test]
    public async Task Membership_of_one_customer_is_one_statement_and_agrees_with_the_count()
    {
        await using var store = await StoreWithCustomersAsync();
        var customers = store.Query<Nop.Core.Domain.Customers.Customer>().ToDictionary(c => c.Email, c => c.Id);
        using var scope = store.CreateScope();
        var segments = scope.ServiceProvider.GetRequiredService<SegmentService>();
        store.SqlLog.Enabled = true;

        var annIsMember = await segments.IsMemberAsync(FiveConditions, customers["ann@x.test"]);
        var bobIsMember = await segments.IsMemberAsync(FiveConditions, customers["bob@x.test"]);

        Assert.That((annIsMember, bobIsMember), Is.EqualTo((true, false)));
        Assert.That(store.SqlLog.Statements, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Membership_by_segment_id_uses_the_saved_rules()
    {
        await using var store = await StoreWithCustomersAsync();
        var segment = await SaveAsync(store, FiveConditions);
        var ann = store.Query<Nop.Core.Domain.Customers.Customer>(q => q.Where(c => c.Email == "ann@x.test")).Single();
        using var scope = store.CreateScope();

        var isMember = await scope.ServiceProvider.GetRequiredService<SegmentService>().IsMemberAsync(segment.Id, ann.Id);

        Assert.That(isMember, Is.True);
    }

    [Test]
    public async Task Preview_pages_members_with_their_orders_spend_and_last_order()
    {
        await using var store = await StoreWithCustomersAsync();
        using var scope = store.CreateScope();
        var segments = scope.ServiceProvider.GetRequiredService<SegmentService>();

        var page = await segments.PreviewAsync(SegmentRule.And(SegmentRule.Condition("orders.count", "gte", 1)), 0, 1);

        Assert.That(page.TotalCount, Is.EqualTo(2));
        Assert.That(page, Has.Count.EqualTo(1));
        var ann = page[0];
        Assert.That((ann.Email, ann.FirstName, ann.LastName, ann.OrderCount, ann.TotalSpent, ann.LastOrderOnUtc),
            Is.EqualTo(("ann@x.test", "Ann", "Lee", 2, 75m, (DateTime?)store.Clock.UtcNow.AddDays(-3))));
    }

    [Test]
    public async Task The_cached_count_is_kept_until_a_refresh_is_asked_for()
    {
        await using var store = await StoreWithCustomersAsync();
        var segment = await SaveAsync(store, SegmentRule.And(SegmentRule.Condition("orders.count", "gte", 1)));
        using var scope = store.CreateScope();
        var segments = scope.ServiceProvider.GetRequiredService<SegmentService>();
        var first = await segments.CountAsync(segment.Id);
        await OrderAsync(store, store.Query<Nop.Core.Domain.Customers.Customer>(q => q.Where(c => c.Email == "cy@x.test")).Single(), 5m);

        var cached = await segments.CountAsync(segment.Id);
        var refreshed = await segments.CountAsync(segment.Id, refresh: true);

        Assert.That((first, cached, refreshed), Is.EqualTo((2, 2, 3)));
        var stored = store.Query<Segment>().Single();
        Assert.That((stored.CachedCount, stored.CountedOnUtc), Is.EqualTo(((int?)3, (DateTime?)store.Clock.UtcNow)));
    }

    [Test]
    public async Task Saving_changed_rules_clears_the_cached_count()
    {
        await using var store = await StoreWithCustomersAsync();
        var segment = await SaveAsync(store, SegmentRule.And(SegmentRule.Condition("orders.count", "gte", 1)));
        using var scope = store.CreateScope();
        var segments = scope.ServiceProvider.GetRequiredService<SegmentService>();
        await segments.CountAsync(segment.Id);
        segment = store.Query<Segment>().Single();

        segment.RulesJson = SegmentRulesJson.Serialize(SegmentRule.And(SegmentRule.Condition("orders.count", "gte", 2)));
        await segments.SaveAsync(segment);

        Assert.That(store.Query<Segment>().Single().CachedCount, Is.Null);
        Assert.That(await segments.CountAsync(segment.Id), Is.EqualTo(2));
    }

    [Test]
    public async Task Saving_rules_with_an_unknown_field_is_refused_naming_the_rule_and_nothing_is_stored()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();
        var segments = scope.ServiceProvider.GetRequiredService<SegmentService>();
        var segment = new Segment
        {
            Name = "Typo",
            RulesJson = """{"group":"and","rules":[{"field":"profile.active","operator":"is","value":true},{"group":"or","rules":[{"field":"orders.cnt","operator":"gte","value":1}]}]}"""
        };

        var error = Assert.ThrowsAsync<SegmentRulesInvalidException>(() => segments.SaveAsync(segment));

        Assert.That(error.Message, Does.Contain("rules[1].rules[0]: unknown field 'orders.cnt'"));
        Assert.That(store.Query<Segment>(), Is.Empty);
    }
}
