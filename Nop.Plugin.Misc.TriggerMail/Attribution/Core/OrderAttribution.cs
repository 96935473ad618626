using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Attribution.Core;

/// <summary>
/// Last-touch attribution: an order belongs to the message of the customer's last human click (or open, when the
/// basis allows) before the order and within the window. Machine-made events never earn revenue.
/// </summary>
public static class OrderAttribution
{
    public static int? AttributedMessageId(DateTime orderPlacedUtc, IEnumerable<Touch> touches, TimeSpan window, AttributionBasis basis)
    {
        ArgumentNullException.ThrowIfNull(touches);
        if (window <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(window), window, "The attribution window must be positive.");

        var earliest = orderPlacedUtc - window;
        return touches
            .Where(t => !t.IsMachine)
            .Where(t => t.EventType == TrackingEventType.Click || (basis == AttributionBasis.ClickOrOpen && t.EventType == TrackingEventType.Open))
            .Where(t => t.OccurredOnUtc <= orderPlacedUtc && t.OccurredOnUtc >= earliest)
            .OrderByDescending(t => t.OccurredOnUtc)
            .ThenByDescending(t => t.EventType == TrackingEventType.Click)
            .Select(t => (int?)t.MessageId)
            .FirstOrDefault();
    }
}
