using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;

/// <summary>The names of the enum values the admin pages show, keyed as nopCommerce's GetLocalizedEnumAsync looks them up.</summary>
public static class EnumLocales
{
    public static LocaleCatalogue Texts { get; } = new()
    {
        { TriggerKind.CustomerRegistered, "Customer registered" },
        { TriggerKind.CustomerLoggedIn, "Customer logged in" },
        { TriggerKind.OrderPlaced, "Order placed" },
        { TriggerKind.OrderPaid, "Order paid" },
        { TriggerKind.OrderStatusChanged, "Order status changed" },
        { TriggerKind.ShipmentSent, "Shipment sent" },
        { TriggerKind.ShipmentDelivered, "Shipment delivered" },
        { TriggerKind.OrderRefunded, "Order refunded" },
        { TriggerKind.CartItemAdded, "Product added to cart" },
        { TriggerKind.CartItemUpdated, "Cart item changed" },
        { TriggerKind.CartItemRemoved, "Product removed from cart" },
        { TriggerKind.NewsletterSubscribed, "Newsletter subscribed" },
        { TriggerKind.NewsletterUnsubscribed, "Newsletter unsubscribed" },
        { TriggerKind.AbandonedCart, "Abandoned cart" },
        { TriggerKind.Inactivity, "Inactivity" },
        { TriggerKind.Birthday, "Birthday" },
        { TriggerKind.RegistrationAnniversary, "Registration anniversary" },
        { TriggerKind.FirstOrderAnniversary, "First order anniversary" },
        { TriggerKind.CalendarDate, "Calendar date" },
        { TriggerKind.AfterOrderPlaced, "Days after an order" },
        { TriggerKind.AfterOrderDelivered, "Days after delivery" },

        { ScenarioStatus.Draft, "Draft" },
        { ScenarioStatus.Active, "Active" },
        { ScenarioStatus.Paused, "Paused" },
        { ScenarioStatus.Archived, "Archived" },

        { ScenarioCategory.Transactional, "Transactional" },
        { ScenarioCategory.Marketing, "Marketing" },

        { ReEntryPolicy.OnceEver, "Once ever" },
        { ReEntryPolicy.AfterPreviousEnds, "After the previous pass ended" },
        { ReEntryPolicy.AfterCooldown, "After a cooldown" },

        { LatenessPolicy.SendLate, "Send late" },
        { LatenessPolicy.SkipStep, "Skip the step" },

        { ExitGoal.OrderPlaced, "Order placed" },
        { ExitGoal.CartEmptied, "Cart emptied" },
        { ExitGoal.OrderCancelled, "Order cancelled" },

        { ScenarioPreset.WelcomeSeries, "Welcome series" },
        { ScenarioPreset.OrderConfirmation, "Order confirmation" },
        { ScenarioPreset.ShippingUpdate, "Shipping update" },
        { ScenarioPreset.AbandonedCart, "Abandoned cart" },
        { ScenarioPreset.WinBack, "Win-back" },
        { ScenarioPreset.Birthday, "Birthday" },
        { ScenarioPreset.ReviewRequest, "Review request" },
        { ScenarioPreset.RepeatPurchase, "Repeat purchase" },

        { MessageStatus.Pending, "Pending" },
        { MessageStatus.Sending, "Sending" },
        { MessageStatus.Sent, "Sent" },
        { MessageStatus.Failed, "Failed" },
        { MessageStatus.Suppressed, "Suppressed" },

        { SuppressionReason.Unsubscribed, "Unsubscribe" },
        { SuppressionReason.HardBounce, "Hard bounce" },
        { SuppressionReason.Complaint, "Complaint" },
        { SuppressionReason.Manual, "Manual" },

        { AbTestState.NotATest, "Not a test" },
        { AbTestState.Collecting, "Collecting recipients" },
        { AbTestState.NoWinnerYet, "No winner yet" },
        { AbTestState.WinnerFound, "Winner found" },

        { AbTestMetric.Orders, "Orders" },
        { AbTestMetric.Clicks, "Clicks" },
        { AbTestMetric.Opens, "Opens" },

        { AbTestMethod.BayesianProbabilityToBeBest, "probability to be best" },
        { AbTestMethod.TwoProportionZTest, "two-proportion z-test" },

        { MarketingConsentSource.NewsletterSubscription, "Newsletter subscription" },
        { MarketingConsentSource.GdprConsent, "GDPR consent" }
    };
}
