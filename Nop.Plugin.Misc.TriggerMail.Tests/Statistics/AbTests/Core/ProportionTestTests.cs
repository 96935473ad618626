using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Statistics.AbTests.Core;

[TestFixture]
public class ProportionTestTests
{
    [Test]
    public void Ten_versus_fifteen_percent_of_a_thousand_is_significant()
    {
        var result = ProportionTest.Compare(100, 1000, 150, 1000);

        Assert.That(result.Z, Is.EqualTo(3.38).Within(0.01));
        Assert.That(result.PValue, Is.EqualTo(0.00072).Within(0.00005));
    }

    [Test]
    public void Equal_rates_are_not_different()
    {
        var result = ProportionTest.Compare(50, 500, 50, 500);

        Assert.That(result.Z, Is.EqualTo(0.0));
        Assert.That(result.PValue, Is.EqualTo(1.0).Within(1e-6));
    }

    [Test]
    public void A_small_difference_on_a_small_sample_is_not_significant()
    {
        var result = ProportionTest.Compare(10, 100, 13, 100);

        Assert.That(result.PValue, Is.GreaterThan(0.4));
    }

    [Test]
    public void A_variant_without_recipients_gives_no_evidence()
    {
        Assert.That(ProportionTest.Compare(0, 0, 5, 10).PValue, Is.EqualTo(1));
    }

    [TestCase(11, 10)]
    [TestCase(-1, 10)]
    public void More_successes_than_trials_is_refused(int successes, int trials)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionTest.Compare(successes, trials, 1, 10));

        Assert.That(error.Message, Does.Contain("is not a proportion"));
    }

    [TestCase(0, 0.5)]
    [TestCase(1.96, 0.975)]
    [TestCase(-1.96, 0.025)]
    [TestCase(3, 0.99865)]
    public void Normal_cdf_matches_the_table(double z, double expected)
    {
        Assert.That(NormalDistribution.Cdf(z), Is.EqualTo(expected).Within(0.0001));
    }
}
