namespace Nop.Plugin.Misc.TriggerMail.Engine.Triggers.Payloads;

public sealed record ShipmentPayload(int ShipmentId, int OrderId, string TrackingNumber);
