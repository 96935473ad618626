using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;

/// <summary>
/// Facts a test sets by hand.
/// </summary>
public sealed class FakeCustomerFacts : ICustomerFacts, ISegmentMembership
{
    public CustomerProfile Customer { get; set; } = new(7, "ann@example.com", "Europe/Berlin");

    public HashSet<TrackingEventType> Engagements { get; } = [];

    public DateTime? OrderedOnUtc { get; set; }

    public decimal OrderTotal { get; set; }

    public bool OrderCancelled { get; set; }

    public bool CartHasItems { get; set; } = true;

    public bool ProductInStock { get; set; } = true;

    public DateTime? LastMarketingOnUtc { get; set; }

    public HashSet<string> ExistingMessages { get; } = [];

    public HashSet<int> Segments { get; } = [];

    public Task<CustomerProfile> GetCustomerAsync(int customerId) => Task.FromResult(Customer);

    public Task<bool> HasEngagedAsync(int enrollmentId, string stepKey, IReadOnlyList<TrackingEventType> eventTypes, DateTime sinceUtc) =>
        Task.FromResult(eventTypes.Any(Engagements.Contains));

    public Task<bool> HasOrderedSinceAsync(int customerId, int storeId, DateTime sinceUtc, int? exceptOrderId) =>
        Task.FromResult(OrderedOnUtc >= sinceUtc);

    public Task<decimal> OrderTotalSinceAsync(int customerId, int storeId, DateTime sinceUtc) => Task.FromResult(OrderTotal);

    public Task<bool> HasCancelledOrderSinceAsync(int customerId, int storeId, DateTime sinceUtc) => Task.FromResult(OrderCancelled);

    public Task<bool> CartHasItemsAsync(int customerId, int storeId) => Task.FromResult(CartHasItems);

    public Task<bool> ProductInStockAsync(int productId) => Task.FromResult(ProductInStock);

    public Task<DateTime?> LastMarketingMessageOnUtcAsync(int customerId, int exceptEnrollmentId) => Task.FromResult(LastMarketingOnUtc);

    public Task<bool> MessageExistsAsync(int enrollmentId, string stepKey) => Task.FromResult(ExistingMessages.Contains(stepKey));

    public Task<bool> IsMemberAsync(int segmentId, int customerId, int storeId) => Task.FromResult(Segments.Contains(segmentId));
}
