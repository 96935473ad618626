using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;
using static Nop.Plugin.Misc.TriggerMail.Tests.Segments.SegmentData;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Segments;

[TestFixture]
public class OrderConditionTests
{
    // ann: 3 paid orders (10, 20, 30) 5, 50 and 400 days ago; bob: 1 paid (100) and 1 pending (500) order;
    // cy: no orders, but a cancelled (1000) and a deleted (1000) one; dee: 1 paid order of 70 in store 2 only
    // (so none in store 1, the store most tests scope to).
    private static async Task<StoreHarness> HistoryAsync()
    {
        var store = await StoreHarness.StartAsync();
        var ann = await CustomerAsync(store, "ann@x.test");
        var bob = await CustomerAsync(store, "bob@x.test");
        var cy = await CustomerAsync(store, "cy@x.test");
        var dee = await CustomerAsync(store, "dee@x.test");
        await OrderAsync(store, ann, 10m, daysAgo: 400);
        await OrderAsync(store, ann, 20m, daysAgo: 50);
        await OrderAsync(store, ann, 30m, daysAgo: 5);
        await OrderAsync(store, bob, 100m, daysAgo: 20);
        await OrderAsync(store, bob, 500m, daysAgo: 2, payment: PaymentStatus.Pending, status: OrderStatus.Pending);
        await OrderAsync(store, cy, 1000m, status: OrderStatus.Cancelled);
        await OrderAsync(store, cy, 1000m, deleted: true);
        await OrderAsync(store, dee, 70m, storeId: 2);
        return store;
    }

    [TestCase("gte", 2, false, new[] { "ann@x.test", "bob@x.test" })]
    [TestCase("gte", 2, true, new[] { "ann@x.test" })]
    [TestCase("eq", 0, false, new[] { "cy@x.test", "dee@x.test" })]
    [TestCase("lt", 1, true, new[] { "cy@x.test", "dee@x.test" })]
    public async Task Order_count_leaves_out_cancelled_and_deleted_orders_and_optionally_unpaid_ones(string @operator, int count, bool paidOnly, string[] expected)
    {
        await using var store = await HistoryAsync();

        var members = await MembersAsync(store, "orders.count", @operator, count, r => r.PaidOnly = paidOnly ? true : null, storeId: 1);

        Assert.That(members, Is.EqualTo(expected));
    }

    [TestCase("gte", 100, null, new[] { "bob@x.test" })]
    [TestCase("lt", 60, null, new[] { "cy@x.test", "dee@x.test" })]
    [TestCase("gte", 600, null, new[] { "bob@x.test" })]
    [TestCase("gte", 600, true, new string[0])]
    public async Task Total_spent_sums_order_totals_and_is_zero_without_orders(string @operator, decimal amount, bool? paidOnly, string[] expected)
    {
        await using var store = await HistoryAsync();

        var members = await MembersAsync(store, "orders.totalSpent", @operator, amount, r => r.PaidOnly = paidOnly, storeId: 1);

        Assert.That(members, Is.EqualTo(expected));
    }

    [Test]
    public async Task Total_spent_over_all_stores_includes_every_store()
    {
        await using var store = await HistoryAsync();

        var members = await MembersAsync(store, "orders.totalSpent", "eq", 70m);

        Assert.That(members, Is.EqualTo(new[] { "dee@x.test" }));
    }

    [TestCase("eq", 20, new[] { "ann@x.test" })]
    [TestCase("gt", 25, new[] { "bob@x.test" })]
    [TestCase("neq", 20, new[] { "bob@x.test" })]
    public async Task Average_order_value_is_undefined_without_orders(string @operator, decimal amount, string[] expected)
    {
        await using var store = await HistoryAsync();

        var members = await MembersAsync(store, "orders.averageValue", @operator, amount, r => r.PaidOnly = true, storeId: 1);

        Assert.That(members, Is.EqualTo(expected));
    }

    [TestCase("orders.firstOrderDate", "olderThanDays", 100, new[] { "ann@x.test" })]
    [TestCase("orders.firstOrderDate", "withinDays", 100, new[] { "bob@x.test" })]
    [TestCase("orders.lastOrderDate", "withinDays", 10, new[] { "ann@x.test", "bob@x.test" })]
    [TestCase("orders.lastOrderDate", "olderThanDays", 10, new string[0])]
    public async Task First_and_last_order_dates_are_relative_to_the_clock(string field, string @operator, int days, string[] expected)
    {
        await using var store = await HistoryAsync();

        var members = await MembersAsync(store, field, @operator, days, storeId: 1);

        Assert.That(members, Is.EqualTo(expected));
    }

    [Test]
    public async Task Last_paid_order_date_ignores_the_later_unpaid_order()
    {
        await using var store = await HistoryAsync();

        var members = await MembersAsync(store, "orders.lastOrderDate", "olderThanDays", 10, r => r.PaidOnly = true, storeId: 1);

        Assert.That(members, Is.EqualTo(new[] { "bob@x.test" }));
    }

    [Test]
    public async Task A_date_range_narrows_the_orders_a_condition_counts()
    {
        await using var store = await HistoryAsync();
        var now = store.Clock.UtcNow;

        var inRange = await MembersAsync(store, "orders.count", "gte", 1, r => { r.FromUtc = now.AddDays(-60); r.ToUtc = now.AddDays(-10); }, storeId: 1);
        var lastWeek = await MembersAsync(store, "orders.count", "gte", 1, r => r.InLastDays = 7, storeId: 1);

        Assert.That(inRange, Is.EqualTo(new[] { "ann@x.test", "bob@x.test" }));
        Assert.That(lastWeek, Is.EqualTo(new[] { "ann@x.test", "bob@x.test" }));
    }

    [Test]
    public async Task Ordered_product_category_and_manufacturer_look_through_the_order_lines()
    {
        await using var store = await StoreHarness.StartAsync();
        var shoes = await ProductAsync(store, 50m, categoryId: 11, manufacturerId: 21);
        var hat = await ProductAsync(store, 20m, categoryId: 12, manufacturerId: 22);
        var ann = await CustomerAsync(store, "ann@x.test");
        var bob = await CustomerAsync(store, "bob@x.test");
        var cy = await CustomerAsync(store, "cy@x.test");
        await OrderAsync(store, ann, 50m, productIds: shoes.Id);
        await OrderAsync(store, bob, 20m, productIds: hat.Id);
        await OrderAsync(store, cy, 50m, status: OrderStatus.Cancelled, productIds: shoes.Id);

        var boughtShoes = await MembersAsync(store, "orders.product", "in", new[] { shoes.Id });
        var boughtCategory = await MembersAsync(store, "orders.category", "in", new[] { 11 });
        var notManufacturer = await MembersAsync(store, "orders.manufacturer", "notIn", new[] { 21 });

        Assert.That(boughtShoes, Is.EqualTo(new[] { "ann@x.test" }));
        Assert.That(boughtCategory, Is.EqualTo(new[] { "ann@x.test" }));
        Assert.That(notManufacturer, Is.EqualTo(new[] { "bob@x.test", "cy@x.test" }));
    }

    [Test]
    public async Task Ordered_a_product_in_a_date_range_counts_only_orders_in_the_range()
    {
        await using var store = await StoreHarness.StartAsync();
        var shoes = await ProductAsync(store, 50m);
        var ann = await CustomerAsync(store, "ann@x.test");
        var bob = await CustomerAsync(store, "bob@x.test");
        await OrderAsync(store, ann, 50m, daysAgo: 3, productIds: shoes.Id);
        await OrderAsync(store, bob, 50m, daysAgo: 90, productIds: shoes.Id);
        var rule = SegmentRule.Condition("orders.product", "in", new[] { shoes.Id });
        rule.InLastDays = 30;

        var members = await MembersAsync(store, SegmentRule.And(rule));

        Assert.That(members, Is.EqualTo(new[] { "ann@x.test" }));
    }
}
