namespace Nop.Plugin.Misc.TriggerMail.Engine.Triggers.Payloads;

/// <summary>A login; <see cref="GuestCustomerId"/> is the guest whose cart was merged into the account.</summary>
public sealed record LoginPayload(int? GuestCustomerId);
