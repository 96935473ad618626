namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

/// <summary>
/// When an A/B test may promote a winner: every variant has at least <see cref="MinRecipientsPerVariant"/>
/// recipients, and the leader on <see cref="Metric"/> meets <see cref="Method"/> at <see cref="Confidence"/>.
/// </summary>
public sealed record AbTestRule(
    AbTestMetric Metric = AbTestMetric.Orders,
    AbTestMethod Method = AbTestMethod.BayesianProbabilityToBeBest,
    double Confidence = 0.95,
    int MinRecipientsPerVariant = 500)
{
    public AbTestDecision Evaluate(IReadOnlyList<VariantFigures> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        if (Confidence is <= 0.5 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(Confidence), Confidence, "The confidence must be between 0.5 and 1.");
        if (MinRecipientsPerVariant < 1)
            throw new ArgumentOutOfRangeException(nameof(MinRecipientsPerVariant), MinRecipientsPerVariant, "At least one recipient per variant is needed.");
        if (variants.Count < 2)
            return new AbTestDecision(AbTestState.NotATest, LeaderKey: null, SampleProgress: 0, LeaderConfidence: 0, PerVariant: Enumerable.Repeat(1.0, variants.Count).ToList());

        var rates = variants.Select(v => v.Recipients == 0 ? 0 : (double)v.Conversions(Metric) / v.Recipients).ToList();
        var leader = rates.IndexOf(rates.Max());
        var progress = Math.Min(1, variants.Min(v => v.Recipients) / (double)MinRecipientsPerVariant);
        var confidence = Method == AbTestMethod.BayesianProbabilityToBeBest
            ? BayesianConfidence(variants, out var probabilities)
            : ZTestConfidence(variants, leader, out probabilities);

        if (progress < 1)
            return new AbTestDecision(AbTestState.Collecting, variants[leader].Key, progress, confidence[leader], probabilities);

        return confidence[leader] >= Confidence
            ? new AbTestDecision(AbTestState.WinnerFound, variants[leader].Key, 1, confidence[leader], probabilities)
            : new AbTestDecision(AbTestState.NoWinnerYet, variants[leader].Key, 1, confidence[leader], probabilities);
    }

    private IReadOnlyList<double> BayesianConfidence(IReadOnlyList<VariantFigures> variants, out IReadOnlyList<double> probabilities)
    {
        probabilities = BayesianComparison.ProbabilityToBeBest(variants.Select(v => (Math.Min(v.Conversions(Metric), v.Recipients), v.Recipients)).ToList());
        return probabilities;
    }

    // The leader's confidence is 1 - the largest p-value against any other variant (it must beat all of them).
    private IReadOnlyList<double> ZTestConfidence(IReadOnlyList<VariantFigures> variants, int leader, out IReadOnlyList<double> probabilities)
    {
        var confidence = new double[variants.Count];
        var worstPValue = 0.0;
        for (var i = 0; i < variants.Count; i++)
        {
            if (i == leader)
                continue;
            var test = ProportionTest.Compare(Math.Min(variants[i].Conversions(Metric), variants[i].Recipients), variants[i].Recipients,
                Math.Min(variants[leader].Conversions(Metric), variants[leader].Recipients), variants[leader].Recipients);
            worstPValue = Math.Max(worstPValue, test.Z > 0 ? test.PValue : 1);
        }

        confidence[leader] = 1 - worstPValue;
        probabilities = confidence;
        return confidence;
    }
}
