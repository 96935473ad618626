using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

public static class SendPriorities
{
    public static SendPriority For(ScenarioCategory category, TriggerKind trigger)
    {
        if (category == ScenarioCategory.Transactional)
            return SendPriority.Transactional;

        return trigger is TriggerKind.AbandonedCart or TriggerKind.CartItemAdded or TriggerKind.CartItemUpdated or TriggerKind.CartItemRemoved
            ? SendPriority.CartRecovery
            : SendPriority.Marketing;
    }

    /// <summary>Triggers whose entity id is an order: that order never counts as "ordered since enrollment".</summary>
    public static bool EntityIsOrder(TriggerKind trigger) =>
        trigger is TriggerKind.OrderPlaced or TriggerKind.OrderPaid or TriggerKind.OrderStatusChanged or TriggerKind.OrderRefunded
            or TriggerKind.AfterOrderPlaced or TriggerKind.AfterOrderDelivered;
}
