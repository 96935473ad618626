using NUnit.Framework;
using TriggerMail.Benchmarks;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Statistics;

[TestFixture]
public class StatisticsPageBenchmarkSmokeTests
{
    [Test]
    public void The_statistics_benchmark_suite_runs_at_a_smoke_size()
    {
        var suite = new StatisticsPageBenchmarks(scenarios: 3, days: 10, repeats: 1);

        Assert.That(async () => await suite.RunAsync(new Figures(suite.Name)), Throws.Nothing);
    }
}
