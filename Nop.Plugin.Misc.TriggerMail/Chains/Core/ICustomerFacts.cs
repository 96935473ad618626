using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// Read-only, live answers about a customer and an enrollment, asked by handlers right when they decide.
/// The shell implements it over the store's tables.
/// </summary>
public interface ICustomerFacts
{
    Task<CustomerProfile> GetCustomerAsync(int customerId);

    /// <summary>Whether any message of the enrollment (only the step's when given) had the event since the moment.</summary>
    Task<bool> HasEngagedAsync(int enrollmentId, string stepKey, IReadOnlyList<TrackingEventType> eventTypes, DateTime sinceUtc);

    Task<bool> HasOrderedSinceAsync(int customerId, int storeId, DateTime sinceUtc, int? exceptOrderId);

    Task<decimal> OrderTotalSinceAsync(int customerId, int storeId, DateTime sinceUtc);

    Task<bool> HasCancelledOrderSinceAsync(int customerId, int storeId, DateTime sinceUtc);

    Task<bool> CartHasItemsAsync(int customerId, int storeId);

    Task<bool> ProductInStockAsync(int productId);

    /// <summary>When the customer's latest marketing message (any scenario, not this enrollment's) was handed over.</summary>
    Task<DateTime?> LastMarketingMessageOnUtcAsync(int customerId, int exceptEnrollmentId);

    /// <summary>Whether the (enrollment, step) message row exists: the step was already handed to delivery.</summary>
    Task<bool> MessageExistsAsync(int enrollmentId, string stepKey);
}
