namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

public sealed record InactivityPayload(DateTime LastActivityOnUtc, DateTime? LastOrderOnUtc, int Days);
