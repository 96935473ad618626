using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Tracking;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Statistics;

[TestFixture]
public class StatisticsStoryTests
{
    private static readonly DateTime Day0 = new(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc);

    [Test]
    public async Task An_order_four_days_after_a_click_is_credited_and_one_six_days_after_is_not()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Day0);
        var ann = await MessageAsync(store, customerId: 1, sentOnUtc: Day0);
        var bob = await MessageAsync(store, customerId: 2, sentOnUtc: Day0);
        await EventAsync(store, ann, TrackingEventType.Click, Day0.AddHours(1));
        await EventAsync(store, bob, TrackingEventType.Click, Day0.AddHours(1));
        var annOrder = await OrderAsync(store, customerId: 1, Day0.AddDays(4), 120m);
        await OrderAsync(store, customerId: 2, Day0.AddDays(6), 80m);
        store.Clock.Set(Day0.AddDays(7));

        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);

        var credited = store.Query<Conversion>().Single();
        Assert.That((credited.OrderId, credited.MessageId, credited.Revenue), Is.EqualTo((annOrder.Id, ann.Id, 120m)));
        var day4 = store.Query<DailyStat>(q => q.Where(s => s.Day == Day0.AddDays(4).Date)).Single();
        Assert.That((day4.Orders, day4.Revenue, day4.StepKey), Is.EqualTo((1, 120m, "email-1")));
    }

    [Test]
    public async Task An_order_placed_right_after_a_click_still_in_the_buffer_is_credited_to_that_click()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Day0);
        var message = await MessageAsync(store, customerId: 1, sentOnUtc: Day0);
        await store.InsertAsync(new MessageLink { MessageId = message.Id, LinkIndex = 0, Url = "https://shop.test/cart" });
        store.Clock.Set(Day0.AddHours(1));
        await TrackingRecorderTests.ResolveAsync(store, TrackingRecorderTests.ClickToken(store, message, 0));
        var order = await OrderAsync(store, customerId: 1, Day0.AddHours(1).AddMinutes(1), 40m);
        store.Clock.Set(Day0.AddHours(2));

        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);

        var credited = store.Query<Conversion>().Single();
        Assert.That((credited.OrderId, credited.MessageId), Is.EqualTo((order.Id, message.Id)));
    }

    [Test]
    public async Task A_scanner_click_earns_no_credit()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Day0);
        var message = await MessageAsync(store, customerId: 1, sentOnUtc: Day0);
        await EventAsync(store, message, TrackingEventType.Click, Day0.AddSeconds(2), machine: true);
        await OrderAsync(store, customerId: 1, Day0.AddDays(1), 50m);
        store.Clock.Set(Day0.AddDays(2));

        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);

        Assert.That(store.Query<Conversion>(), Is.Empty);
    }

    [Test]
    public async Task A_refund_lowers_credited_revenue_and_a_cancellation_removes_the_order()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Day0);
        var message = await MessageAsync(store, customerId: 1, sentOnUtc: Day0);
        await EventAsync(store, message, TrackingEventType.Click, Day0.AddHours(1));
        var order = await OrderAsync(store, customerId: 1, Day0.AddDays(1), 100m);
        store.Clock.Set(Day0.AddDays(2));
        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);

        order.RefundedAmount = 30m;
        await store.UpdateAsync(order);
        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);
        var afterRefund = DayStat(store, Day0.AddDays(1));
        order.OrderStatus = OrderStatus.Cancelled;
        await store.UpdateAsync(order);
        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);
        var afterCancel = DayStat(store, Day0.AddDays(1));

        Assert.That((afterRefund.Orders, afterRefund.Revenue), Is.EqualTo((1, 70m)));
        Assert.That((afterCancel.Orders, afterCancel.Revenue), Is.EqualTo((0, 0m)));
    }

    [Test]
    public async Task Holdout_customers_give_the_baseline_for_incremental_orders_and_revenue()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Day0);
        for (var customerId = 1; customerId <= 20; customerId++)
            await store.InsertAsync(new Enrollment { ScenarioId = 1, CustomerId = customerId, IsHoldout = customerId > 10, EnrolledOnUtc = Day0, StatusId = (int)EnrollmentStatus.Active });
        for (var customerId = 1; customerId <= 4; customerId++)
        {
            var message = await MessageAsync(store, customerId, Day0.AddMinutes(5));
            await EventAsync(store, message, TrackingEventType.Click, Day0.AddHours(1));
            await OrderAsync(store, customerId, Day0.AddDays(1), 100m);
        }

        await OrderAsync(store, customerId: 15, Day0.AddDays(1), 100m);
        store.Clock.Set(Day0.AddDays(2));

        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);
        using var scope = store.CreateScope();
        var figures = await scope.ServiceProvider.GetRequiredService<StatisticsReader>().GetFiguresAsync(1, Day0, Day0.AddDays(2));

        Assert.That((figures.Recipients, figures.Orders, figures.HoldoutRecipients, figures.HoldoutOrders), Is.EqualTo((10, 4, 10, 1)));
        Assert.That(figures.IncrementalOrders, Is.EqualTo(3).Within(1e-9));
        Assert.That(figures.IncrementalRevenue, Is.EqualTo(300m));
    }

    [Test]
    public async Task Variant_figures_feed_the_ab_rule_from_the_rollup()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Day0);
        for (var customerId = 1; customerId <= 40; customerId++)
        {
            var variant = customerId % 2 == 0 ? "A" : "B";
            var message = await store.InsertAsync(new Message
            {
                MessageGuid = Guid.NewGuid(), EnrollmentId = customerId, StepKey = "email-1", ScenarioId = 1, VariantKey = variant,
                CustomerId = customerId, ToEmail = "c@example.com", Status = MessageStatus.Sent, CreatedOnUtc = Day0, SentOnUtc = Day0
            });
            if (variant == "B" || customerId % 10 == 0)
            {
                await EventAsync(store, message, TrackingEventType.Click, Day0.AddHours(2));
                await OrderAsync(store, customerId, Day0.AddHours(3), 10m);
            }
        }

        store.Clock.Set(Day0.AddDays(1));
        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);
        using var scope = store.CreateScope();
        var figures = await scope.ServiceProvider.GetRequiredService<StatisticsReader>().GetVariantFiguresAsync(1, "email-1", ["A", "B", "C"]);

        Assert.That(figures, Is.EqualTo(new[]
        {
            new Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core.VariantFigures("A", 20, 0, 4, 4),
            new Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core.VariantFigures("B", 20, 0, 20, 20),
            new Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core.VariantFigures("C", 0, 0, 0, 0)
        }));
        Assert.That(new Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core.AbTestRule(MinRecipientsPerVariant: 20).Evaluate(figures.Take(2).ToList()).LeaderKey, Is.EqualTo("B"));
    }

    [Test]
    public async Task Rollup_matches_a_recomputation_from_the_raw_events()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Day0);
        await SeedRandomTrafficAsync(store, seed: 7);
        store.Clock.Set(Day0.AddDays(6));

        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);

        var expected = Recompute(store);
        var actual = store.Query<DailyStat>()
            .Where(s => s.Sent + s.Failed + s.Suppressed + s.Opens + s.Clicks + s.Unsubscribes + s.UniqueOpens > 0)
            .ToDictionary(s => (s.Day, s.ScenarioId, s.StepKey, s.VariantKey), Figures);
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Running_the_rollup_again_changes_nothing()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Day0);
        await SeedRandomTrafficAsync(store, seed: 11);
        store.Clock.Set(Day0.AddDays(6));
        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);
        var first = store.Query<DailyStat>().Select(Figures).ToList();

        using (var scope = store.CreateScope())
        {
            var rollup = scope.ServiceProvider.GetRequiredService<DailyStatRollup>();
            for (var day = 0; day < 6; day++)
                await rollup.RecomputeDayAsync(Day0.AddDays(day));
        }

        Assert.That(store.Query<DailyStat>().Select(Figures).ToList(), Is.EqualTo(first));
    }

    private static (int Sent, int Failed, int Suppressed, int Opens, int HumanOpens, int UniqueOpens, int UniqueHumanOpens, int Clicks, int UniqueClicks, int Unsubscribes) Figures(DailyStat s) =>
        (s.Sent, s.Failed, s.Suppressed, s.Opens, s.HumanOpens, s.UniqueOpens, s.UniqueHumanOpens, s.Clicks, s.UniqueClicks, s.Unsubscribes);

    private static Dictionary<(DateTime, int, string, string), (int, int, int, int, int, int, int, int, int, int)> Recompute(StoreHarness store)
    {
        var messages = store.Query<Message>().ToDictionary(m => m.Id);
        var events = store.Query<TrackingEvent>().OrderBy(e => e.OccurredOnUtc).ThenBy(e => e.Id).ToList();
        var rows = new Dictionary<(DateTime, int, string, string), int[]>();
        int[] Row(DateTime day, Message m) => rows.TryGetValue((day.Date, m.ScenarioId, m.StepKey, m.VariantKey ?? ""), out var r) ? r : rows[(day.Date, m.ScenarioId, m.StepKey, m.VariantKey ?? "")] = new int[10];

        foreach (var m in messages.Values)
        {
            if (m.Status == MessageStatus.Sent) Row(m.SentOnUtc!.Value, m)[0]++;
            if (m.Status == MessageStatus.Failed) Row(m.CreatedOnUtc, m)[1]++;
            if (m.Status == MessageStatus.Suppressed) Row(m.CreatedOnUtc, m)[2]++;
        }

        var firstOpen = new HashSet<int>();
        var firstHumanOpen = new HashSet<int>();
        var firstHumanClick = new HashSet<int>();
        foreach (var e in events)
        {
            var row = Row(e.OccurredOnUtc, messages[e.MessageId]);
            switch (e.EventType)
            {
                case TrackingEventType.Open:
                    row[3]++;
                    if (!e.IsMachine) row[4]++;
                    if (firstOpen.Add(e.MessageId)) row[5]++;
                    if (!e.IsMachine && firstHumanOpen.Add(e.MessageId)) row[6]++;
                    break;
                case TrackingEventType.Click:
                    row[7]++;
                    if (!e.IsMachine && firstHumanClick.Add(e.MessageId)) row[8]++;
                    break;
                case TrackingEventType.Unsubscribe:
                    row[9]++;
                    break;
            }
        }

        return rows.ToDictionary(r => r.Key, r => (r.Value[0], r.Value[1], r.Value[2], r.Value[3], r.Value[4], r.Value[5], r.Value[6], r.Value[7], r.Value[8], r.Value[9]));
    }

    private static async Task SeedRandomTrafficAsync(StoreHarness store, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 120; i++)
        {
            var sentOn = Day0.AddDays(random.Next(0, 4)).AddMinutes(random.Next(0, 600));
            var status = random.Next(10) switch { 0 => MessageStatus.Failed, 1 => MessageStatus.Suppressed, _ => MessageStatus.Sent };
            var message = await store.InsertAsync(new Message
            {
                MessageGuid = Guid.NewGuid(), EnrollmentId = i + 1, StepKey = $"email-{random.Next(1, 3)}", ScenarioId = random.Next(1, 4),
                VariantKey = random.Next(2) == 0 ? "A" : "B", CustomerId = i + 1, ToEmail = $"c{i}@example.com", Status = status,
                CreatedOnUtc = sentOn, SentOnUtc = status == MessageStatus.Sent ? sentOn : null
            });
            if (status != MessageStatus.Sent)
                continue;

            for (var e = random.Next(0, 6); e > 0; e--)
            {
                var type = random.Next(10) switch { < 6 => TrackingEventType.Open, < 9 => TrackingEventType.Click, _ => TrackingEventType.Unsubscribe };
                await EventAsync(store, message, type, sentOn.AddHours(random.Next(1, 60)), machine: random.Next(4) == 0);
            }
        }
    }

    private static DailyStat DayStat(StoreHarness store, DateTime day) =>
        store.Query<DailyStat>(q => q.Where(s => s.Day == day.Date && s.StepKey == "email-1")).Single();

    private static Task<Message> MessageAsync(StoreHarness store, int customerId, DateTime sentOnUtc) => store.InsertAsync(new Message
    {
        MessageGuid = Guid.NewGuid(), EnrollmentId = customerId, StepKey = "email-1", ScenarioId = 1, VariantKey = "",
        CustomerId = customerId, ToEmail = $"c{customerId}@example.com", Status = MessageStatus.Sent, IsTracked = true,
        CreatedOnUtc = sentOnUtc, SentOnUtc = sentOnUtc
    });

    private static Task<TrackingEvent> EventAsync(StoreHarness store, Message message, TrackingEventType type, DateTime at, bool machine = false) =>
        store.InsertAsync(new TrackingEvent { MessageId = message.Id, EventType = type, OccurredOnUtc = at, IsMachine = machine });

    private static Task<Order> OrderAsync(StoreHarness store, int customerId, DateTime placedOnUtc, decimal total) => store.InsertAsync(new Order
    {
        OrderGuid = Guid.NewGuid(), CustomerId = customerId, StoreId = 1, OrderTotal = total, CreatedOnUtc = placedOnUtc,
        OrderStatus = OrderStatus.Pending, CustomerCurrencyCode = "USD", CurrencyRate = 1
    });
}
