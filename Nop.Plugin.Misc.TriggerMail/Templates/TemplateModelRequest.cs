namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// What one letter is about: the customer, the store, optionally the triggering order (or the shipment whose
/// order it is) and whether the cart is shown. <see cref="UnsubscribeUrl"/> is empty for transactional mail.
/// </summary>
public sealed record TemplateModelRequest(int CustomerId, int StoreId, int? OrderId = null, int? ShipmentId = null,
    bool IncludeCart = true, string UnsubscribeUrl = null, int? LanguageId = null);
