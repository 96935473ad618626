namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

/// <summary>
/// Order events and after-order offsets. Status ids are nopCommerce's OrderStatus / PaymentStatus / ShippingStatus numbers.
/// </summary>
public sealed record OrderPayload(
    int OrderId,
    decimal OrderTotal,
    string CurrencyCode,
    int OrderStatusId,
    int PaymentStatusId,
    int ShippingStatusId,
    int? PreviousOrderStatusId = null,
    decimal? RefundAmount = null,
    decimal? RefundedTotal = null,
    bool? FullyRefunded = null,
    DateTime? AnchorOnUtc = null,
    int? DelayDays = null);
