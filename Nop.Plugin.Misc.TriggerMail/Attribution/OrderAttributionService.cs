using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Attribution.Core;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Attribution;

/// <summary>
/// Credits new orders to the message of the customer's last human touch within the attribution window, and to
/// the scenarios whose holdout group the customer was in; keeps credited revenue net of refunds and cancellations.
/// </summary>
public class OrderAttributionService
{
    private readonly IRepository<Conversion> _conversionRepository;
    private readonly IRepository<Enrollment> _enrollmentRepository;
    private readonly IRepository<Message> _messageRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly TriggerMailSettings _settings;
    private readonly TimeProvider _timeProvider;
    private readonly IRepository<TrackingEvent> _trackingEventRepository;
    private readonly WatermarkStore _watermarks;
    private readonly StoreSettings _storeSettings;

    public OrderAttributionService(IRepository<Conversion> conversionRepository,
        IRepository<Enrollment> enrollmentRepository,
        IRepository<Message> messageRepository,
        IRepository<Order> orderRepository,
        TriggerMailSettings settings,
        TimeProvider timeProvider,
        IRepository<TrackingEvent> trackingEventRepository,
        WatermarkStore watermarks,
        StoreSettings storeSettings)
    {
        _storeSettings = storeSettings;
        _conversionRepository = conversionRepository;
        _enrollmentRepository = enrollmentRepository;
        _messageRepository = messageRepository;
        _orderRepository = orderRepository;
        _settings = settings;
        _timeProvider = timeProvider;
        _trackingEventRepository = trackingEventRepository;
        _watermarks = watermarks;
    }

    private static TimeSpan WindowOf(TriggerMailSettings settings) => TimeSpan.FromDays(Math.Max(1, settings.AttributionWindowDays));

    /// <returns>The days whose conversion figures changed.</returns>
    public async Task<ISet<DateTime>> AttributeNewOrdersAsync(int batchSize)
    {
        var last = await _watermarks.GetAsync(StatisticsWatermarks.AttributedOrders);
        var orders = _orderRepository.Table
            .Where(o => o.Id > last)
            .OrderBy(o => o.Id)
            .Take(batchSize)
            .Select(o => new { o.Id, o.CustomerId, o.StoreId, o.CreatedOnUtc, o.OrderTotal, o.RefundedAmount, o.OrderStatusId, o.Deleted })
            .ToList();
        var days = new HashSet<DateTime>();
        if (orders.Count == 0)
            return days;

        // The window and basis are the order's store's settings; touches are read far enough back for the longest.
        var storeSettings = new Dictionary<int, TriggerMailSettings>();
        foreach (var storeId in orders.Select(o => o.StoreId).Distinct())
            storeSettings[storeId] = await _storeSettings.ForStoreAsync(storeId);
        var longest = storeSettings.Values.Max(WindowOf);

        var customerIds = orders.Select(o => o.CustomerId).Distinct().ToList();
        var since = orders.Min(o => o.CreatedOnUtc) - longest;
        var until = orders.Max(o => o.CreatedOnUtc);
        var touches = TouchesOf(customerIds, since, until).ToLookup(t => t.CustomerId);
        var holdouts = _enrollmentRepository.Table
            .Where(e => e.IsHoldout && customerIds.Contains(e.CustomerId) && e.EnrolledOnUtc >= since && e.EnrolledOnUtc <= until)
            .Select(e => new { e.CustomerId, e.ScenarioId, e.EnrolledOnUtc })
            .ToList()
            .ToLookup(e => e.CustomerId);

        foreach (var order in orders.Where(o => !o.Deleted))
        {
            var placed = Utc(order.CreatedOnUtc);
            var settings = storeSettings[order.StoreId];
            var window = WindowOf(settings);
            var customerTouches = touches[order.CustomerId].ToList();
            var messageId = OrderAttribution.AttributedMessageId(placed,
                customerTouches.Select(t => new Touch(t.MessageId, (TrackingEventType)t.EventTypeId, Utc(t.OccurredOnUtc), false)),
                window, settings.AttributeOnOpen ? AttributionBasis.ClickOrOpen : AttributionBasis.Click);

            var credits = new List<Conversion>();
            if (messageId is { } credited && customerTouches.First(t => t.MessageId == credited) is var touch)
                credits.Add(NewConversion(order.Id, order.CustomerId, touch.ScenarioId, touch.MessageId, touch.StepKey, touch.VariantKey, false));

            credits.AddRange(holdouts[order.CustomerId]
                .Where(h => Utc(h.EnrolledOnUtc) <= placed && Utc(h.EnrolledOnUtc) >= placed - window)
                .Select(h => h.ScenarioId)
                .Distinct()
                .Select(scenarioId => NewConversion(order.Id, order.CustomerId, scenarioId, 0, string.Empty, string.Empty, true)));

            foreach (var credit in credits)
            {
                credit.OrderTotal = order.OrderTotal;
                credit.IsCancelled = order.OrderStatusId == (int)OrderStatus.Cancelled;
                credit.Revenue = NetRevenue(order.OrderTotal, order.RefundedAmount, credit.IsCancelled);
                credit.OrderedOnUtc = order.CreatedOnUtc;
                if (await _conversionRepository.InsertOnceAsync(credit))
                    days.Add(order.CreatedOnUtc.Date);
            }
        }

        await _watermarks.AdvanceAsync(StatisticsWatermarks.AttributedOrders, orders.Max(o => o.Id));
        return days;
    }

    /// <summary>Re-reads orders credited within the last <paramref name="lookBack"/> and applies refunds and cancellations.</summary>
    /// <returns>The days whose conversion figures changed.</returns>
    public async Task<ISet<DateTime>> ApplyRefundsAndCancellationsAsync(TimeSpan lookBack, int batchSize)
    {
        var since = _timeProvider.GetUtcNow().UtcDateTime - lookBack;
        var candidates = (from c in _conversionRepository.Table
                          join o in _orderRepository.Table on c.OrderId equals o.Id
                          where c.OrderedOnUtc >= since
                          orderby c.Id
                          select new { Conversion = c, o.OrderTotal, o.RefundedAmount, o.OrderStatusId, o.Deleted })
            .Take(batchSize * 10)
            .ToList();

        var days = new HashSet<DateTime>();
        foreach (var candidate in candidates)
        {
            var cancelled = candidate.Deleted || candidate.OrderStatusId == (int)OrderStatus.Cancelled;
            var revenue = NetRevenue(candidate.OrderTotal, candidate.RefundedAmount, cancelled);
            var conversion = candidate.Conversion;
            if (conversion.IsCancelled == cancelled && conversion.Revenue == revenue)
                continue;

            conversion.IsCancelled = cancelled;
            conversion.Revenue = revenue;
            await _conversionRepository.UpdateAsync(conversion, publishEvent: false);
            days.Add(conversion.OrderedOnUtc.Date);
            if (days.Count >= batchSize)
                break;
        }

        return days;
    }

    private IEnumerable<(int CustomerId, int MessageId, int EventTypeId, DateTime OccurredOnUtc, int ScenarioId, string StepKey, string VariantKey)> TouchesOf(
        IReadOnlyCollection<int> customerIds, DateTime since, DateTime until)
    {
        return (from e in _trackingEventRepository.Table
                join m in _messageRepository.Table on e.MessageId equals m.Id
                where customerIds.Contains(m.CustomerId) && !e.IsMachine && e.OccurredOnUtc >= since && e.OccurredOnUtc <= until
                where e.EventTypeId == (int)TrackingEventType.Click || e.EventTypeId == (int)TrackingEventType.Open
                select new { m.CustomerId, e.MessageId, e.EventTypeId, e.OccurredOnUtc, m.ScenarioId, m.StepKey, m.VariantKey })
            .AsEnumerable()
            .Select(t => (t.CustomerId, t.MessageId, t.EventTypeId, t.OccurredOnUtc, t.ScenarioId, t.StepKey, t.VariantKey ?? string.Empty));
    }

    private Conversion NewConversion(int orderId, int customerId, int scenarioId, int messageId, string stepKey, string variantKey, bool holdout) => new()
    {
        OrderId = orderId,
        CustomerId = customerId,
        ScenarioId = scenarioId,
        MessageId = messageId,
        StepKey = stepKey ?? string.Empty,
        VariantKey = variantKey ?? string.Empty,
        IsHoldout = holdout,
        CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
    };

    private static decimal NetRevenue(decimal total, decimal refunded, bool cancelled) => cancelled ? 0 : Math.Max(0, total - refunded);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
