namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

public sealed record ShipmentPayload(int ShipmentId, int OrderId, string TrackingNumber);
