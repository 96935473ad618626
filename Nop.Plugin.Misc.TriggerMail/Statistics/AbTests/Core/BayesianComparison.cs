namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

/// <summary>
/// Probability that each variant has the highest true conversion rate, under Beta(1 + successes, 1 + failures)
/// posteriors, estimated by Monte Carlo with a fixed seed so the same figures always give the same answer.
/// </summary>
public static class BayesianComparison
{
    public const int DefaultSamples = 100_000;

    public static IReadOnlyList<double> ProbabilityToBeBest(IReadOnlyList<(int Successes, int Trials)> variants, int samples = DefaultSamples, int seed = 20261122)
    {
        ArgumentNullException.ThrowIfNull(variants);
        if (variants.Count == 0)
            return [];
        foreach (var (successes, trials) in variants)
        {
            if (trials < 0 || successes < 0 || successes > trials)
                throw new ArgumentOutOfRangeException(nameof(variants), $"{successes} successes out of {trials} trials is not a proportion.");
        }

        var random = new Random(seed);
        var wins = new int[variants.Count];
        var draws = new double[variants.Count];
        for (var sample = 0; sample < samples; sample++)
        {
            for (var i = 0; i < variants.Count; i++)
                draws[i] = Beta(random, 1 + variants[i].Successes, 1 + variants[i].Trials - variants[i].Successes);

            var best = 0;
            for (var i = 1; i < draws.Length; i++)
            {
                if (draws[i] > draws[best])
                    best = i;
            }

            wins[best]++;
        }

        return wins.Select(w => (double)w / samples).ToList();
    }

    private static double Beta(Random random, double alpha, double beta)
    {
        var x = Gamma(random, alpha);
        var y = Gamma(random, beta);
        return x / (x + y);
    }

    // Marsaglia–Tsang; shapes here are always >= 1.
    private static double Gamma(Random random, double shape)
    {
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = StandardNormal(random);
                v = 1 + c * x;
            }
            while (v <= 0);

            v = v * v * v;
            var u = random.NextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v)))
                return d * v;
        }
    }

    private static double StandardNormal(Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
