namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

/// <summary>A newsletter (un)subscription; <see cref="TypeId"/> is the nopCommerce 4.90 newsletter list.</summary>
public sealed record NewsletterPayload(int SubscriptionId, int TypeId, string Email, bool Active);
