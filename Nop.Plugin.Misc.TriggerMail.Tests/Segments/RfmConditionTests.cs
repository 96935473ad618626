using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;
using static Nop.Plugin.Misc.TriggerMail.Tests.Segments.SegmentData;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Segments;

[TestFixture]
public class RfmConditionTests
{
    // Customer n (1…10) has n paid orders of 10 each, the last one n days ago; "unpaid" has only an unpaid order.
    private static async Task<StoreHarness> TenCustomersScoredAsync()
    {
        var store = await StoreHarness.StartAsync();
        for (var n = 1; n <= 10; n++)
        {
            var customer = await CustomerAsync(store, $"c{n:00}@x.test");
            for (var i = 0; i < n; i++)
                await OrderAsync(store, customer, 10m, daysAgo: n + i * 30);
        }

        var unpaid = await CustomerAsync(store, "unpaid@x.test");
        await OrderAsync(store, unpaid, 999m, daysAgo: 1, payment: PaymentStatus.Pending);
        await store.RunTaskAsync(TriggerMailDefaults.Tasks.RfmScoring);
        return store;
    }

    [TestCase("rfm.recency", "gte", 5, new[] { "c01@x.test", "c02@x.test" })]
    [TestCase("rfm.frequency", "eq", 5, new[] { "c09@x.test", "c10@x.test" })]
    [TestCase("rfm.frequency", "eq", 3, new[] { "c05@x.test", "c06@x.test" })]
    [TestCase("rfm.monetary", "lte", 1, new[] { "c01@x.test", "c02@x.test" })]
    public async Task Rfm_conditions_read_the_quintiles_the_scoring_task_computed_over_paid_orders(string field, string @operator, int score, string[] expected)
    {
        await using var store = await TenCustomersScoredAsync();

        var members = await MembersAsync(store, field, @operator, score);

        Assert.That(members, Is.EqualTo(expected));
    }

    [Test]
    public async Task Customers_without_paid_orders_get_no_score_and_match_no_rfm_condition()
    {
        await using var store = await TenCustomersScoredAsync();

        var lowest = await MembersAsync(store, "rfm.recency", "gte", 1);

        Assert.That(store.Query<CustomerRfmScore>(), Has.Count.EqualTo(10));
        Assert.That(lowest, Does.Not.Contain("unpaid@x.test"));
    }

    [Test]
    public async Task Scoring_again_replaces_the_scores_instead_of_adding_rows()
    {
        await using var store = await TenCustomersScoredAsync();

        await store.RunTaskAsync(TriggerMailDefaults.Tasks.RfmScoring);

        Assert.That(store.Query<CustomerRfmScore>(q => q.Where(s => s.StoreId == 0)), Has.Count.EqualTo(10));
    }

    [Test]
    public async Task Each_store_is_scored_among_its_own_customers_and_store_zero_over_all_stores()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.InsertAsync(new Store { Name = "One", Url = "https://one.test/" }, publishEvent: false);
        var second = await store.InsertAsync(new Store { Name = "Two", Url = "https://two.test/" }, publishEvent: false);
        var ann = await CustomerAsync(store, "ann@x.test");
        await OrderAsync(store, ann, 10m, storeId: second.Id);

        await store.RunTaskAsync(TriggerMailDefaults.Tasks.RfmScoring);

        Assert.That(store.Query<CustomerRfmScore>().Select(s => s.StoreId).Order(), Is.EqualTo(new[] { 0, second.Id }));
        Assert.That(await MembersAsync(store, "rfm.frequency", "gte", 1, storeId: second.Id), Is.EqualTo(new[] { "ann@x.test" }));
        Assert.That(await MembersAsync(store, "rfm.frequency", "gte", 1, storeId: 1), Is.Empty);
    }
}
