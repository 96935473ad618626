namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// What the scan knows about one customer's cart in one store.
/// </summary>
/// <param name="LastChangeUtc">The newest UpdatedOnUtc of the cart's items.</param>
/// <param name="HasEmail">An address to remind: the account's email, or a guest's checkout billing email.</param>
/// <param name="OrderedSinceLastChange">An order placed at or after the last change.</param>
/// <param name="RemindedAsGuest">
/// The cart came over from a guest at login/registration, unchanged since, and that guest's cart was already reminded.
/// </param>
public sealed record AbandonedCartFacts(DateTime LastChangeUtc, bool HasEmail, bool OrderedSinceLastChange, bool RemindedAsGuest);
