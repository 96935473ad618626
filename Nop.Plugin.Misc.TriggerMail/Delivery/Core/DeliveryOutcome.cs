namespace Nop.Plugin.Misc.TriggerMail.Delivery.Core;

public enum DeliveryOutcome
{
    /// <summary>Claimed and being sent; left in this state only by a crash mid-send.</summary>
    InProgress = 0,
    Sent = 10,
    TransientFailure = 20,
    PermanentFailure = 30,

    /// <summary>Stopped by compliance (suppression, no consent) before anything was sent.</summary>
    Suppressed = 40,

    /// <summary>The template failed for this message; nothing was sent.</summary>
    RenderFailed = 50
}
