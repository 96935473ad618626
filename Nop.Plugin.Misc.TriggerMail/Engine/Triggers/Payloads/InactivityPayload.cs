namespace Nop.Plugin.Misc.TriggerMail.Engine.Triggers.Payloads;

public sealed record InactivityPayload(DateTime LastActivityOnUtc, DateTime? LastOrderOnUtc, int Days);
