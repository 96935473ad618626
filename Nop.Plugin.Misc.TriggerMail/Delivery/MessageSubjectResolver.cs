using System.Text.Json;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Templates;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Delivery;

/// <summary>
/// Finds what a message is about from its enrollment: an "orderId" / "shipmentId" in the enrollment's context
/// JSON wins; otherwise the triggering inbox item's entity is the order (order triggers) or the shipment
/// (shipment triggers). Cart-less letters (order status) still show the cart only when it is not empty.
/// </summary>
public class MessageSubjectResolver
{
    private readonly IRepository<Enrollment> _enrollmentRepository;
    private readonly IRepository<TriggerInboxItem> _inboxRepository;

    public MessageSubjectResolver(IRepository<Enrollment> enrollmentRepository, IRepository<TriggerInboxItem> inboxRepository)
    {
        _enrollmentRepository = enrollmentRepository;
        _inboxRepository = inboxRepository;
    }

    public async Task<TemplateModelRequest> ResolveAsync(Message message, string unsubscribeUrl)
    {
        var enrollment = await _enrollmentRepository.GetByIdAsync(message.EnrollmentId);
        var (orderId, shipmentId) = FromContext(enrollment?.ContextJson);
        if (orderId is null && shipmentId is null && enrollment is not null)
        {
            var inbox = await _inboxRepository.GetByIdAsync(enrollment.TriggerInboxItemId);
            if (inbox?.EntityId is { } entityId)
            {
                if (inbox.TriggerKind is TriggerKind.ShipmentSent or TriggerKind.ShipmentDelivered)
                    shipmentId = entityId;
                else if (inbox.TriggerKind is TriggerKind.OrderPlaced or TriggerKind.OrderPaid or TriggerKind.OrderStatusChanged
                         or TriggerKind.OrderRefunded or TriggerKind.AfterOrderPlaced or TriggerKind.AfterOrderDelivered)
                    orderId = entityId;
            }
        }

        return new TemplateModelRequest(message.CustomerId, message.StoreId, orderId, shipmentId, true, unsubscribeUrl);
    }

    private static (int? OrderId, int? ShipmentId) FromContext(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return (null, null);

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, null);

            return (Int(document.RootElement, "orderId"), Int(document.RootElement, "shipmentId"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static int? Int(JsonElement root, string name)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Number
                && property.Value.TryGetInt32(out var value))
                return value;
        }

        return null;
    }
}
