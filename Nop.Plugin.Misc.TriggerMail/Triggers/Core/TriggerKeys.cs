using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// Dedupe keys: the same occurrence always gets the same key (a replayed event or a second scan is a no-op),
/// a new occurrence a new one. At most 200 characters.
/// </summary>
public static class TriggerKeys
{
    public static string Registered(int customerId) => $"registered:{customerId}";

    public static string LoggedIn(int customerId, DateTime loggedInOnUtc) => $"login:{customerId}:{loggedInOnUtc.Ticks}";

    public static string OrderPlaced(int orderId) => $"order-placed:{orderId}";

    public static string OrderPaid(int orderId) => $"order-paid:{orderId}";

    public static string OrderStatusChanged(int orderId, int previousStatusId, int newStatusId) => $"order-status:{orderId}:{previousStatusId}:{newStatusId}";

    /// <summary>Keyed on the refunded total after this refund: each partial refund raises it, a replay does not.</summary>
    public static string OrderRefunded(int orderId, decimal refundedTotal) =>
        $"order-refunded:{orderId}:{refundedTotal.ToString("0.####", CultureInfo.InvariantCulture)}";

    public static string ShipmentSent(int shipmentId) => $"shipment-sent:{shipmentId}";

    public static string ShipmentDelivered(int shipmentId) => $"shipment-delivered:{shipmentId}";

    public static string CartItemAdded(int itemId) => $"cart-added:{itemId}";

    public static string CartItemUpdated(int itemId, DateTime updatedOnUtc) => $"cart-updated:{itemId}:{updatedOnUtc.Ticks}";

    public static string CartItemRemoved(int itemId) => $"cart-removed:{itemId}";

    /// <summary>
    /// The host's subscription events carry no time, and one subscription row flips between active and inactive,
    /// so a (subscription, list, email, UTC day) occurrence is the finest replay-safe identity there is.
    /// </summary>
    public static string Newsletter(bool subscribed, int subscriptionId, int typeId, string email, DateOnly utcDay) =>
        $"newsletter-{(subscribed ? "subscribed" : "unsubscribed")}:{subscriptionId}:{typeId}:{Hash(email)}:{utcDay:yyyyMMdd}";

    public static string AbandonedCart(int scenarioId, int customerId, int storeId, DateTime lastChangeUtc) =>
        $"abandoned-cart:{scenarioId}:{customerId}:{storeId}:{lastChangeUtc:yyyyMMddHHmmss}";

    public static string Inactivity(int scenarioId, int customerId, DateTime anchorUtc) =>
        $"inactivity:{scenarioId}:{customerId}:{InactivityRule.EpisodeId(anchorUtc)}";

    public static string Birthday(int customerId, int year) => $"birthday:{customerId}:{year}";

    public static string RegistrationAnniversary(int customerId, int year) => $"registration-anniversary:{customerId}:{year}";

    public static string FirstOrderAnniversary(int customerId, int year) => $"first-order-anniversary:{customerId}:{year}";

    public static string CalendarDate(int scenarioId, int customerId, DateOnly localDay) => $"calendar:{scenarioId}:{customerId}:{localDay:yyyyMMdd}";

    public static string AfterOrderPlaced(int scenarioId, int orderId) => $"after-order-placed:{scenarioId}:{orderId}";

    public static string AfterOrderDelivered(int scenarioId, int orderId) => $"after-order-delivered:{scenarioId}:{orderId}";

    private static string Hash(string value)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes((value ?? string.Empty).Trim().ToLowerInvariant()));
        return Convert.ToHexString(bytes, 0, 8);
    }
}
