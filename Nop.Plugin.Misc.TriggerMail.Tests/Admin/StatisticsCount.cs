using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

/// <summary>
/// The statistics counted straight from the store's raw tables (messages, tracking events, enrollments, orders),
/// without the rollup or the plugin's readers, to check the pages against: what the tables hold for a period.
/// Attribution is restated from its definition: the customer's last human click within 5 days before the order.
/// </summary>
public sealed class StatisticsCount
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(5);

    private readonly List<Message> _messages;
    private readonly List<TrackingEvent> _events;
    private readonly List<Enrollment> _enrollments;
    private readonly List<(Order Order, int? ScenarioId, string StepKey, IReadOnlyList<int> HoldoutScenarios)> _orders;

    public StatisticsCount(StoreHarness store)
    {
        _messages = store.Query<Message>();
        _events = store.Query<TrackingEvent>();
        _enrollments = store.Query<Enrollment>();
        var messages = _messages.ToDictionary(m => m.Id);
        var clicks = _events.Where(e => e.EventType == TrackingEventType.Click && !e.IsMachine)
            .Select(e => (Event: e, Message: messages[e.MessageId])).ToLookup(c => c.Message.CustomerId);
        _orders = store.Query<Order>().Where(o => !o.Deleted).Select(o =>
        {
            var last = clicks[o.CustomerId].Where(c => c.Event.OccurredOnUtc <= o.CreatedOnUtc && c.Event.OccurredOnUtc >= o.CreatedOnUtc - Window)
                .OrderByDescending(c => c.Event.OccurredOnUtc).FirstOrDefault();
            var holdouts = _enrollments.Where(e => e.IsHoldout && e.CustomerId == o.CustomerId && e.EnrolledOnUtc <= o.CreatedOnUtc && e.EnrolledOnUtc >= o.CreatedOnUtc - Window)
                .Select(e => e.ScenarioId).Distinct().ToList();
            return (o, last.Message?.ScenarioId, last.Message?.StepKey, (IReadOnlyList<int>)holdouts);
        }).ToList();
    }

    public sealed record Figures(int Recipients, int Delivered, int Failed, int Suppressed, int HumanOpened, int Clicked, int Unsubscribes,
        int Orders, decimal Revenue, int HoldoutRecipients, int HoldoutOrders, decimal HoldoutRevenue)
    {
        public int Sent => Delivered + Failed;

        public double HumanOpenRate => Delivered == 0 ? 0 : (double)HumanOpened / Delivered;

        public double ClickRate => Delivered == 0 ? 0 : (double)Clicked / Delivered;

        public decimal RevenuePerRecipient => Recipients == 0 ? 0 : Revenue / Recipients;

        public double IncrementalOrders => HoldoutRecipients == 0 ? 0 : Orders - (double)HoldoutOrders / HoldoutRecipients * Recipients;

        public decimal IncrementalRevenue => HoldoutRecipients == 0 ? 0 : Revenue - HoldoutRevenue / HoldoutRecipients * Recipients;
    }

    /// <param name="scenarioId">null for every scenario; a step only counts its messages and orders.</param>
    public Figures For(int? scenarioId, DateTime from, DateTime to, string stepKey = null)
    {
        bool InRange(DateTime? at) => at is { } value && value.Date >= from.Date && value.Date <= to.Date;
        var messages = _messages.Where(m => (scenarioId is null || m.ScenarioId == scenarioId) && (stepKey is null || m.StepKey == stepKey)).ToList();
        var ids = messages.Select(m => m.Id).ToHashSet();
        var events = _events.Where(e => ids.Contains(e.MessageId)).ToList();
        DateTime? First(int messageId, TrackingEventType type) => events.Where(e => e.MessageId == messageId && e.EventType == type && !e.IsMachine)
            .Select(e => (DateTime?)e.OccurredOnUtc).Min();

        var credited = _orders.Where(o => o.ScenarioId is not null && (scenarioId is null || o.ScenarioId == scenarioId) && (stepKey is null || o.StepKey == stepKey)
                                          && InRange(o.Order.CreatedOnUtc)).ToList();
        var holdout = _orders.SelectMany(o => o.HoldoutScenarios.Where(s => scenarioId is null || s == scenarioId).Select(_ => o.Order))
            .Where(o => stepKey is null && InRange(o.CreatedOnUtc)).ToList();
        var enrollments = _enrollments.Where(e => stepKey is null && (scenarioId is null || e.ScenarioId == scenarioId) && InRange(e.EnrolledOnUtc)).ToList();

        return new Figures(
            Recipients: stepKey is null ? enrollments.Count(e => !e.IsHoldout) : messages.Count(m => m.Status == MessageStatus.Sent && InRange(m.SentOnUtc)),
            Delivered: messages.Count(m => m.Status == MessageStatus.Sent && InRange(m.SentOnUtc)),
            Failed: messages.Count(m => m.Status == MessageStatus.Failed && InRange(m.CreatedOnUtc)),
            Suppressed: messages.Count(m => m.Status == MessageStatus.Suppressed && InRange(m.CreatedOnUtc)),
            HumanOpened: messages.Count(m => InRange(First(m.Id, TrackingEventType.Open))),
            Clicked: messages.Count(m => InRange(First(m.Id, TrackingEventType.Click))),
            Unsubscribes: events.Count(e => e.EventType == TrackingEventType.Unsubscribe && InRange(e.OccurredOnUtc)),
            Orders: credited.Count(o => o.Order.OrderStatus != OrderStatus.Cancelled),
            Revenue: credited.Sum(o => Net(o.Order)),
            HoldoutRecipients: enrollments.Count(e => e.IsHoldout),
            HoldoutOrders: holdout.Count(o => o.OrderStatus != OrderStatus.Cancelled),
            HoldoutRevenue: holdout.Sum(Net));
    }

    private static decimal Net(Order order) => order.OrderStatus == OrderStatus.Cancelled ? 0 : Math.Max(0, order.OrderTotal - order.RefundedAmount);
}
