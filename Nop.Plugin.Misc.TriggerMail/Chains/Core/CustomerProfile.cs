namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// What the engine needs of a customer: where to send and which clock to respect (null zone = UTC).
/// </summary>
public sealed record CustomerProfile(int CustomerId, string Email, string TimeZoneId);
