namespace Nop.Plugin.Misc.TriggerMail.Triggers.Events;

/// <summary>A cart item's last change, as the abandoned-cart window reads it.</summary>
public sealed record CartItemChange(int Id, int CustomerId, DateTime UpdatedOnUtc);
