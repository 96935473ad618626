namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

/// <summary>A login; <see cref="GuestCustomerId"/> is the guest whose cart was merged into the account.</summary>
public sealed record LoginPayload(int? GuestCustomerId);
