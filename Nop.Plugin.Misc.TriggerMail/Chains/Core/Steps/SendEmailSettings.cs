using System.Text.Json.Serialization;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// A single template, or A/B variants drawn by weight. Live checks run right before the send. With
/// <see cref="PromotedVariantKey"/> set (the A/B test's winner), every enrollment gets that variant.
/// </summary>
public sealed record SendEmailSettings(
    int TemplateId = 0,
    IReadOnlyList<EmailVariant> Variants = null,
    IReadOnlyList<LiveCheck> LiveChecks = null,
    SendWindow Window = null,
    bool CouponSlot = false,
    AbTestSettings AbTest = null,
    string PromotedVariantKey = null)
{
    /// <summary>The variants that take part in the draw (weight above 0).</summary>
    [JsonIgnore]
    public IReadOnlyList<EmailVariant> WeightedVariants => Variants?.Where(v => v.Weight > 0).ToList() ?? [];

    /// <summary>Whether the step runs an A/B test: two or more weighted variants.</summary>
    [JsonIgnore]
    public bool IsAbTest => WeightedVariants.Count >= 2;

    [JsonIgnore]
    public EmailVariant PromotedVariant =>
        PromotedVariantKey is null ? null : Variants?.FirstOrDefault(v => v.Key == PromotedVariantKey);
}
