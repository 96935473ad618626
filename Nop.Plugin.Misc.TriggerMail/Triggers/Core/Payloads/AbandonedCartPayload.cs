namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

/// <summary>
/// The cart as it was when found abandoned. <see cref="Email"/> is where to remind: the account's email or, for a
/// guest, the billing email of a started checkout. <see cref="GuestCustomerId"/> is set when the cart came over
/// from a guest at login.
/// </summary>
public sealed record AbandonedCartPayload(
    DateTime LastChangeOnUtc,
    int ThresholdMinutes,
    string Email,
    bool IsGuest,
    IReadOnlyList<CartItemPayload> Items,
    int? GuestCustomerId = null);
