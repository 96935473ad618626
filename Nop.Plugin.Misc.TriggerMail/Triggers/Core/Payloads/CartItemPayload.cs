namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

/// <summary>A shopping-cart item event, and one line of an abandoned cart.</summary>
public sealed record CartItemPayload(int ShoppingCartItemId, int ProductId, int Quantity);
