using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;
using static Nop.Plugin.Misc.TriggerMail.Tests.Segments.SegmentData;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains;

/// <summary>
/// Chains ask the real segment service: entry segments and "in segment" conditions run the saved rules on the store's data.
/// </summary>
[TestFixture]
public class SegmentMembershipStoryTests
{
    private const string BuyersInTheLastMonth =
        """{"group":"and","rules":[{"field":"orders.count","operator":"gte","value":1,"paidOnly":true,"inLastDays":30}]}""";

    private static async Task<Segment> SaveSegmentAsync(StoreHarness store, string rulesJson)
    {
        using var scope = store.CreateScope();
        var segment = new Segment { Name = "Recent buyers", RulesJson = rulesJson };
        await scope.ServiceProvider.GetRequiredService<SegmentService>().SaveAsync(segment);
        return segment;
    }

    [Test]
    public async Task Only_members_of_the_entry_segment_enter_the_scenario()
    {
        await using var store = await StoreHarness.StartAsync();
        var segment = await SaveSegmentAsync(store, BuyersInTheLastMonth);
        var scenario = await store.AddScenarioAsync(new ScenarioBuilder().Send("welcome", 1));
        scenario.EntrySegmentId = segment.Id;
        await store.UpdateAsync(scenario, false);
        var ann = await CustomerAsync(store, "ann@example.com");
        var bob = await CustomerAsync(store, "bob@example.com");
        var cy = await CustomerAsync(store, "cy@example.com");
        await OrderAsync(store, ann, 30m, daysAgo: 5);
        await OrderAsync(store, cy, 30m, daysAgo: 90);
        foreach (var customer in new[] { ann, bob, cy })
            await store.TriggerAsync(TriggerKind.CustomerRegistered, customer.Id, $"registered:{customer.Id}");

        await store.RunChainsAsync();

        var enrolled = store.Query<Enrollment>().Select(e => e.CustomerId);
        var refused = store.Query<TriggerInboxItem>(q => q.Where(i => i.CustomerId != ann.Id)).Select(i => i.StatusReason);
        Assert.That(enrolled, Is.EqualTo(new[] { ann.Id }));
        Assert.That(store.Query<Message>().Select(m => m.CustomerId), Is.EqualTo(new[] { ann.Id }));
        Assert.That(refused, Is.All.EqualTo($"scenario {scenario.Id}: not in the entry segment"));
    }

    [Test]
    public async Task A_segment_condition_sends_members_down_the_true_branch_and_others_down_the_false_branch()
    {
        await using var store = await StoreHarness.StartAsync();
        var segment = await SaveSegmentAsync(store, BuyersInTheLastMonth);
        await store.AddScenarioAsync(new ScenarioBuilder()
            .If("recent-buyer?", new ConditionSettings(ConditionKind.InSegment, SegmentId: segment.Id), "thanks-for-buying", "first-order-offer")
            .Send("thanks-for-buying", 1).Exit("end")
            .Send("first-order-offer", 2));
        var ann = await CustomerAsync(store, "ann@example.com");
        var bob = await CustomerAsync(store, "bob@example.com");
        await OrderAsync(store, ann, 30m, daysAgo: 5);
        await OrderAsync(store, bob, 30m, daysAgo: 5, payment: Nop.Core.Domain.Payments.PaymentStatus.Pending);
        await store.TriggerAsync(TriggerKind.CustomerRegistered, ann.Id, "registered:ann");
        await store.TriggerAsync(TriggerKind.CustomerRegistered, bob.Id, "registered:bob");

        await store.RunChainsAsync();

        var sent = store.Query<Message>().ToDictionary(m => m.CustomerId, m => m.StepKey);
        Assert.That(sent[ann.Id], Is.EqualTo("thanks-for-buying"));
        Assert.That(sent[bob.Id], Is.EqualTo("first-order-offer"));
    }

    [Test]
    public async Task A_segment_condition_counts_only_orders_of_the_enrollments_store()
    {
        await using var store = await StoreHarness.StartAsync();
        var segment = await SaveSegmentAsync(store, BuyersInTheLastMonth);
        await store.AddScenarioAsync(new ScenarioBuilder()
            .If("recent-buyer?", new ConditionSettings(ConditionKind.InSegment, SegmentId: segment.Id), "thanks-for-buying", "first-order-offer")
            .Send("thanks-for-buying", 1).Exit("end")
            .Send("first-order-offer", 2));
        var ann = await CustomerAsync(store, "ann@example.com");
        await OrderAsync(store, ann, 30m, daysAgo: 5, storeId: 2);
        await store.TriggerAsync(TriggerKind.CustomerRegistered, ann.Id, "registered:ann");

        await store.RunChainsAsync();

        Assert.That(store.Query<Message>().Single().StepKey, Is.EqualTo("first-order-offer"));
    }

    [Test]
    public async Task An_entry_segment_that_was_deleted_fails_the_trigger_with_a_reason_naming_the_segment()
    {
        await using var store = await StoreHarness.StartAsync();
        var segment = await SaveSegmentAsync(store, BuyersInTheLastMonth);
        var scenario = await store.AddScenarioAsync(new ScenarioBuilder().Send("welcome", 1));
        scenario.EntrySegmentId = segment.Id;
        await store.UpdateAsync(scenario, false);
        await store.DeleteAsync(segment, false);
        var ann = await CustomerAsync(store, "ann@example.com");
        await store.TriggerAsync(TriggerKind.CustomerRegistered, ann.Id, "registered:ann");

        await store.RunChainsAsync();

        var inbox = store.Query<TriggerInboxItem>().Single();
        Assert.That(store.Query<Enrollment>(), Is.Empty);
        Assert.That(inbox.Status, Is.EqualTo(InboxItemStatus.Failed));
        Assert.That(inbox.StatusReason, Does.StartWith($"scenario {scenario.Id}: segment {segment.Id}: No segment with id {segment.Id}"));
    }
}
