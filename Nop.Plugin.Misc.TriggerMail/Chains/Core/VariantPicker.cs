using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Common.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// Draws an A/B variant by weight from a hash of (enrollment, step): the same enrollment always gets the same
/// variant, however often the step is retried.
/// </summary>
public static class VariantPicker
{
    public static EmailVariant Pick(IReadOnlyList<EmailVariant> variants, int enrollmentId, string stepKey)
    {
        var eligible = variants?.Where(v => v.Weight > 0).ToList() ?? [];
        if (eligible.Count == 0)
            return null;

        var point = StableHash.Bucket(eligible.Sum(v => v.Weight), "variant", enrollmentId, stepKey);
        foreach (var variant in eligible)
        {
            if (point < variant.Weight)
                return variant;
            point -= variant.Weight;
        }

        return eligible[^1];
    }
}
