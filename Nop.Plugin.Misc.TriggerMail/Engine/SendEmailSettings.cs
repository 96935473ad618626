namespace Nop.Plugin.Misc.TriggerMail.Engine;

/// <summary>
/// A single template, or A/B variants drawn by weight. Live checks run right before the send.
/// </summary>
public sealed record SendEmailSettings(
    int TemplateId = 0,
    IReadOnlyList<EmailVariant> Variants = null,
    IReadOnlyList<LiveCheck> LiveChecks = null,
    SendWindow Window = null,
    bool CouponSlot = false);
