namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// The one list of what each trigger kind is about. An order or shipment trigger's entity id is that order or
/// shipment: the enrollment and its messages carry it forward typed, and an order trigger's own order never
/// counts as "ordered since enrollment".
/// </summary>
public static class TriggerKinds
{
    public static bool ConcernsOrder(TriggerKind kind) =>
        kind is TriggerKind.OrderPlaced or TriggerKind.OrderPaid or TriggerKind.OrderStatusChanged or TriggerKind.OrderRefunded
            or TriggerKind.AfterOrderPlaced or TriggerKind.AfterOrderDelivered;

    public static bool ConcernsShipment(TriggerKind kind) => kind is TriggerKind.ShipmentSent or TriggerKind.ShipmentDelivered;

    public static bool ConcernsCart(TriggerKind kind) =>
        kind is TriggerKind.AbandonedCart or TriggerKind.CartItemAdded or TriggerKind.CartItemUpdated or TriggerKind.CartItemRemoved;

    /// <summary>The order a trigger with this entity id is about, or null when the kind concerns no order.</summary>
    public static int? OrderOf(TriggerKind kind, int? entityId) => ConcernsOrder(kind) ? entityId : null;

    /// <summary>The shipment a trigger with this entity id is about, or null when the kind concerns no shipment.</summary>
    public static int? ShipmentOf(TriggerKind kind, int? entityId) => ConcernsShipment(kind) ? entityId : null;
}
