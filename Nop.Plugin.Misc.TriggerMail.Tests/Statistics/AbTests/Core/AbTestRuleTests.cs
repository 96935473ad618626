using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Statistics.AbTests.Core;

[TestFixture]
public class AbTestRuleTests
{
    [Test]
    public void A_clear_winner_with_enough_recipients_is_promoted()
    {
        var rule = new AbTestRule(MinRecipientsPerVariant: 1000);

        var decision = rule.Evaluate([new("A", 1000, 300, 80, 40), new("B", 1000, 320, 95, 70)]);

        Assert.That(decision.State, Is.EqualTo(AbTestState.WinnerFound));
        Assert.That(decision.LeaderKey, Is.EqualTo("B"));
        Assert.That(decision.LeaderConfidence, Is.GreaterThanOrEqualTo(0.95));
    }

    [Test]
    public void A_winner_is_not_promoted_before_every_variant_has_the_minimum_recipients()
    {
        var rule = new AbTestRule(MinRecipientsPerVariant: 1000);

        var decision = rule.Evaluate([new("A", 400, 120, 30, 10), new("B", 1000, 320, 95, 70)]);

        Assert.That(decision.State, Is.EqualTo(AbTestState.Collecting));
        Assert.That(decision.SampleProgress, Is.EqualTo(0.4));
    }

    [Test]
    public void A_lead_within_the_noise_is_not_promoted()
    {
        var rule = new AbTestRule(MinRecipientsPerVariant: 500);

        var decision = rule.Evaluate([new("A", 600, 200, 40, 20), new("B", 600, 205, 42, 22)]);

        Assert.That(decision.State, Is.EqualTo(AbTestState.NoWinnerYet));
        Assert.That(decision.LeaderKey, Is.EqualTo("B"));
    }

    [Test]
    public void The_metric_decides_who_leads()
    {
        var variants = new List<VariantFigures> { new("A", 2000, 900, 100, 20), new("B", 2000, 600, 200, 20) };

        var byOpens = new AbTestRule(AbTestMetric.Opens, MinRecipientsPerVariant: 100).Evaluate(variants);
        var byClicks = new AbTestRule(AbTestMetric.Clicks, MinRecipientsPerVariant: 100).Evaluate(variants);

        Assert.That((byOpens.LeaderKey, byClicks.LeaderKey), Is.EqualTo(("A", "B")));
    }

    [Test]
    public void The_z_test_rule_needs_the_leader_to_beat_every_other_variant()
    {
        var rule = new AbTestRule(Method: AbTestMethod.TwoProportionZTest, MinRecipientsPerVariant: 1000);

        var beatsBoth = rule.Evaluate([new("A", 1000, 0, 100, 100), new("B", 1000, 0, 150, 150), new("C", 1000, 0, 100, 100)]);
        var beatsOne = rule.Evaluate([new("A", 1000, 0, 100, 100), new("B", 1000, 0, 150, 150), new("C", 1000, 0, 140, 140)]);

        Assert.That(beatsBoth.State, Is.EqualTo(AbTestState.WinnerFound));
        Assert.That(beatsOne.State, Is.EqualTo(AbTestState.NoWinnerYet));
    }

    [Test]
    public void A_single_variant_is_not_a_test()
    {
        Assert.That(new AbTestRule().Evaluate([new("A", 5000, 1, 1, 1)]).State, Is.EqualTo(AbTestState.NotATest));
    }

    [TestCase(0.5)]
    [TestCase(1.0)]
    public void A_confidence_outside_the_open_interval_is_refused(double confidence)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AbTestRule(Confidence: confidence).Evaluate([new("A", 1, 0, 0, 0), new("B", 1, 0, 0, 0)]));

        Assert.That(error.ParamName, Is.EqualTo("Confidence"));
    }
}
