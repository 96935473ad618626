using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>
/// One batch's preloaded answers; everything else goes to the live facts. A round holds one enrollment per
/// customer, so no enrollment of the round can change another's preloaded answers.
/// </summary>
public sealed class BatchCustomerFacts : ICustomerFacts
{
    private readonly ICustomerFacts _live;
    private readonly IReadOnlyDictionary<int, CustomerProfile> _customers;
    private readonly HashSet<(int EnrollmentId, string StepKey)> _messages;
    private readonly ILookup<int, (int EnrollmentId, DateTime CreatedOnUtc)> _marketingByCustomer;

    public BatchCustomerFacts(ICustomerFacts live,
        IReadOnlyDictionary<int, CustomerProfile> customers,
        HashSet<(int EnrollmentId, string StepKey)> messages,
        ILookup<int, (int EnrollmentId, DateTime CreatedOnUtc)> marketingByCustomer)
    {
        _live = live;
        _customers = customers;
        _messages = messages;
        _marketingByCustomer = marketingByCustomer;
    }

    public Task<CustomerProfile> GetCustomerAsync(int customerId) =>
        Task.FromResult(_customers.TryGetValue(customerId, out var customer) ? customer : null);

    public Task<bool> MessageExistsAsync(int enrollmentId, string stepKey) => Task.FromResult(_messages.Contains((enrollmentId, stepKey)));

    /// <summary>The latest within the preloaded window, which is all the frequency cap looks at.</summary>
    public Task<DateTime?> LastMarketingMessageOnUtcAsync(int customerId, int exceptEnrollmentId) =>
        Task.FromResult(_marketingByCustomer[customerId].Where(m => m.EnrollmentId != exceptEnrollmentId)
            .Select(m => (DateTime?)m.CreatedOnUtc).DefaultIfEmpty(null).Max());

    public Task<bool> HasEngagedAsync(int enrollmentId, string stepKey, IReadOnlyList<TrackingEventType> eventTypes, DateTime sinceUtc) =>
        _live.HasEngagedAsync(enrollmentId, stepKey, eventTypes, sinceUtc);

    public Task<bool> HasOrderedSinceAsync(int customerId, int storeId, DateTime sinceUtc, int? exceptOrderId) =>
        _live.HasOrderedSinceAsync(customerId, storeId, sinceUtc, exceptOrderId);

    public Task<decimal> OrderTotalSinceAsync(int customerId, int storeId, DateTime sinceUtc) => _live.OrderTotalSinceAsync(customerId, storeId, sinceUtc);

    public Task<bool> HasCancelledOrderSinceAsync(int customerId, int storeId, DateTime sinceUtc) =>
        _live.HasCancelledOrderSinceAsync(customerId, storeId, sinceUtc);

    public Task<bool> CartHasItemsAsync(int customerId, int storeId) => _live.CartHasItemsAsync(customerId, storeId);

    public Task<bool> ProductInStockAsync(int productId) => _live.ProductInStockAsync(productId);
}
