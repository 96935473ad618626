namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// What started a chain. Persisted as int: values are never renumbered.
/// </summary>
public enum TriggerKind
{
    CustomerRegistered = 10,
    CustomerLoggedIn = 20,
    OrderPlaced = 30,
    OrderPaid = 40,
    OrderStatusChanged = 50,
    ShipmentSent = 60,
    ShipmentDelivered = 70,
    OrderRefunded = 80,
    CartItemAdded = 90,
    CartItemUpdated = 91,
    CartItemRemoved = 92,
    NewsletterSubscribed = 100,
    NewsletterUnsubscribed = 101,
    AbandonedCart = 200,
    Inactivity = 210,
    Birthday = 220,
    RegistrationAnniversary = 230,
    FirstOrderAnniversary = 240,
    CalendarDate = 250,
    AfterOrderPlaced = 260,
    AfterOrderDelivered = 270
}
