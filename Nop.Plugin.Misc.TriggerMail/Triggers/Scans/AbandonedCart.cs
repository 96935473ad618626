using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

/// <summary>
/// One customer's cart in one store with what decides whether it is abandoned.
/// </summary>
/// <param name="CustomerIsLive">The customer exists and is not deleted.</param>
/// <param name="Email">The account's email, else a guest's checkout billing email; null when unknown.</param>
/// <param name="RemindedGuestId">The guest this cart came from at login, unchanged since, whose cart this scenario already reminded.</param>
public sealed record AbandonedCart(
    int CustomerId,
    int StoreId,
    bool CustomerIsLive,
    string Email,
    bool IsGuest,
    DateTime LastChangeUtc,
    bool OrderedSinceLastChange,
    int? RemindedGuestId,
    IReadOnlyList<CartItemPayload> Lines);
