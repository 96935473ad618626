namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

/// <summary>
/// Two-proportion z-test (pooled standard error): is B's conversion rate different from A's?
/// </summary>
public static class ProportionTest
{
    public static ProportionTestResult Compare(int successesA, int trialsA, int successesB, int trialsB)
    {
        Validate(successesA, trialsA, nameof(successesA));
        Validate(successesB, trialsB, nameof(successesB));
        if (trialsA == 0 || trialsB == 0)
            return ProportionTestResult.NoDifference;

        var rateA = (double)successesA / trialsA;
        var rateB = (double)successesB / trialsB;
        var pooled = (double)(successesA + successesB) / (trialsA + trialsB);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * (1.0 / trialsA + 1.0 / trialsB));
        if (standardError == 0)
            return ProportionTestResult.NoDifference;

        var z = (rateB - rateA) / standardError;
        return new ProportionTestResult(z, 2 * (1 - NormalDistribution.Cdf(Math.Abs(z))));
    }

    private static void Validate(int successes, int trials, string name)
    {
        if (trials < 0 || successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(name, $"{successes} successes out of {trials} trials is not a proportion.");
    }
}
