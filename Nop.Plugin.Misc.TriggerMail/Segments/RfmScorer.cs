using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Segments;

/// <summary>
/// Scores every customer with paid orders in a store (0: all stores) into recency, frequency and monetary
/// quintiles and stores them for segment rules. The quintile thresholds are read from the database (the values
/// at ranks N/5, 2N/5, …) and customers are scored page by page, so memory stays flat in the customer count.
/// Equal values always get the same score, so a quintile may hold more or fewer than a fifth.
/// </summary>
public class RfmScorer
{
    public const int PageSize = 5000;

    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<CustomerRfmScore> _scoreRepository;
    private readonly TimeProvider _timeProvider;

    public RfmScorer(IRepository<Order> orderRepository, IRepository<CustomerRfmScore> scoreRepository, TimeProvider timeProvider)
    {
        _orderRepository = orderRepository;
        _scoreRepository = scoreRepository;
        _timeProvider = timeProvider;
    }

    /// <summary>Replaces the store's scores; returns how many customers were scored.</summary>
    public async Task<int> ScoreAsync(int storeId)
    {
        var totals = Totals(storeId);
        var customers = await totals.CountAsync();
        var recency = await ThresholdsAsync(totals.Select(t => t.LastOrderOnUtc), customers);
        var frequency = await ThresholdsAsync(totals.Select(t => t.Orders), customers);
        var monetary = await ThresholdsAsync(totals.Select(t => t.Spent), customers);
        var now = _timeProvider.GetUtcNow().UtcDateTime;

        await _scoreRepository.DeleteAsync(s => s.StoreId == storeId);
        var lastCustomerId = 0;
        while (true)
        {
            var after = lastCustomerId;
            var page = await totals.Where(t => t.CustomerId > after).OrderBy(t => t.CustomerId).Take(PageSize).ToListAsync();
            if (page.Count == 0)
                break;

            await _scoreRepository.InsertAsync(page.Select(t => new CustomerRfmScore
            {
                CustomerId = t.CustomerId,
                StoreId = storeId,
                RecencyScore = Quintile(t.LastOrderOnUtc, recency),
                FrequencyScore = Quintile(t.Orders, frequency),
                MonetaryScore = Quintile(t.Spent, monetary),
                ComputedOnUtc = now
            }).ToList(), false);
            lastCustomerId = page[^1].CustomerId;
        }

        return customers;
    }

    private IQueryable<CustomerTotals> Totals(int storeId)
    {
        var orders = _orderRepository.Table.Where(o => !o.Deleted && o.OrderStatusId != (int)OrderStatus.Cancelled
            && (o.PaymentStatusId == (int)PaymentStatus.Paid || o.PaymentStatusId == (int)PaymentStatus.PartiallyRefunded));
        if (storeId > 0)
            orders = orders.Where(o => o.StoreId == storeId);

        return orders.GroupBy(o => o.CustomerId).Select(g => new CustomerTotals
        {
            CustomerId = g.Key,
            LastOrderOnUtc = g.Max(o => o.CreatedOnUtc),
            Orders = g.Count(),
            Spent = g.Sum(o => o.OrderTotal)
        });
    }

    /// <summary>The values at ranks N/5 … 4N/5 of the ascending order: a value reaching threshold k scores k + 1.</summary>
    private static async Task<List<T>> ThresholdsAsync<T>(IQueryable<T> values, int count)
    {
        var thresholds = new List<T>();
        if (count == 0)
            return thresholds;

        var ordered = values.OrderBy(v => v);
        for (var k = 1; k <= 4; k++)
            thresholds.Add(await ordered.Skip(k * count / 5).FirstOrDefaultAsync());
        return thresholds;
    }

    private static int Quintile<T>(T value, List<T> thresholds) where T : IComparable<T>
    {
        return 1 + thresholds.Count(threshold => value.CompareTo(threshold) >= 0);
    }

    private sealed class CustomerTotals
    {
        public int CustomerId { get; init; }

        public DateTime LastOrderOnUtc { get; init; }

        public int Orders { get; init; }

        public decimal Spent { get; init; }
    }
}
