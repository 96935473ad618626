using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Statistics.AbTests.Core;

[TestFixture]
public class BayesianComparisonTests
{
    [Test]
    public void A_clearly_better_variant_is_almost_surely_best()
    {
        var probabilities = BayesianComparison.ProbabilityToBeBest([(100, 1000), (150, 1000)]);

        Assert.That(probabilities[1], Is.GreaterThan(0.999));
        Assert.That(probabilities.Sum(), Is.EqualTo(1).Within(1e-9));
    }

    [Test]
    public void Identical_variants_split_the_probability()
    {
        var probabilities = BayesianComparison.ProbabilityToBeBest([(30, 300), (30, 300)]);

        Assert.That(probabilities[0], Is.EqualTo(0.5).Within(0.01));
    }

    [Test]
    public void Probability_for_two_variants_matches_the_closed_form()
    {
        // P(B > A) for Beta(11, 91) vs Beta(16, 86), by exact summation (Evan Miller's formula): 0.8469.
        var probabilities = BayesianComparison.ProbabilityToBeBest([(10, 100), (15, 100)]);

        Assert.That(probabilities[1], Is.EqualTo(ExactProbabilityBBeatsA(11, 91, 16, 86)).Within(0.005));
    }

    [Test]
    public void The_same_figures_always_give_the_same_answer()
    {
        var first = BayesianComparison.ProbabilityToBeBest([(12, 200), (15, 200), (9, 200)]);
        var second = BayesianComparison.ProbabilityToBeBest([(12, 200), (15, 200), (9, 200)]);

        Assert.That(second, Is.EqualTo(first));
    }

    private static double ExactProbabilityBBeatsA(int alphaA, int betaA, int alphaB, int betaB)
    {
        var total = 0.0;
        for (var i = 0; i < alphaB; i++)
            total += Math.Exp(LogBeta(alphaA + i, betaA + betaB) - Math.Log(betaB + i) - LogBeta(1 + i, betaB) - LogBeta(alphaA, betaA));
        return total;
    }

    private static double LogBeta(double a, double b) => LogGamma(a) + LogGamma(b) - LogGamma(a + b);

    private static double LogGamma(double x)
    {
        // Lanczos approximation (g = 7), ample for integer arguments here.
        double[] c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
        x -= 1;
        var a = c[0];
        var t = x + 7.5;
        for (var i = 1; i < 9; i++)
            a += c[i] / (x + i);
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(a);
    }
}
