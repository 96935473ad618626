using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core.Steps;

[TestFixture]
public class AbTestSettingsTests
{
    private static readonly HashSet<int> Templates = [1, 2];

    private static IEnumerable<string> Errors(SendEmailSettings settings) =>
        ScenarioValidator.Validate(new ScenarioBuilder().Add("offer", StepKind.SendEmail, settings).Build(), Templates).Select(e => e.ToString());

    private static SendEmailSettings Test(AbTestSettings abTest, string promoted = null, params EmailVariant[] variants) =>
        new(Variants: variants.Length > 0 ? variants : [new("A", 1, 50), new("B", 2, 50)], AbTest: abTest, PromotedVariantKey: promoted);

    [Test]
    public void A_valid_test_has_no_errors()
    {
        Assert.That(Errors(Test(new AbTestSettings(AbTestMetric.Clicks, AbTestMethod.TwoProportionZTest, 0.99, 200))), Is.Empty);
    }

    [TestCase(0.5, 500, "Step 'offer': abTest.confidence: must be above 0.5 and below 1 (was 0.5)")]
    [TestCase(1.0, 500, "Step 'offer': abTest.confidence: must be above 0.5 and below 1 (was 1)")]
    [TestCase(0.95, 0, "Step 'offer': abTest.minRecipientsPerVariant: must be at least 1 (was 0)")]
    public void A_rule_out_of_range_is_an_error_naming_the_step_and_the_field(double confidence, int minimum, string expected)
    {
        Assert.That(Errors(Test(new AbTestSettings(Confidence: confidence, MinRecipientsPerVariant: minimum))), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void An_unknown_metric_or_method_is_an_error_naming_the_field()
    {
        var errors = Errors(Test(new AbTestSettings((AbTestMetric)99, (AbTestMethod)77)));

        Assert.That(errors, Is.EqualTo(new[]
        {
            "Step 'offer': abTest.metric: 99 is not a metric (Orders, Clicks or Opens)",
            "Step 'offer': abTest.method: 77 is not a method (BayesianProbabilityToBeBest or TwoProportionZTest)"
        }));
    }

    [Test]
    public void A_test_needs_two_weighted_variants_with_distinct_keys()
    {
        var oneWeighted = Errors(Test(new AbTestSettings(), null, new("A", 1, 100), new("B", 2, 0)));
        var sameKey = Errors(Test(new AbTestSettings(), null, new("A", 1, 50), new("A", 2, 50)));

        Assert.That(oneWeighted, Is.EqualTo(new[] { "Step 'offer': abTest: an A/B test needs at least two variants with a weight above 0" }));
        Assert.That(sameKey, Is.EqualTo(new[] { "Step 'offer': variants: the key 'A' is used twice" }));
    }

    [Test]
    public void A_promoted_key_must_name_a_variant()
    {
        Assert.That(Errors(Test(null, "C")), Is.EqualTo(new[] { "Step 'offer': promotedVariantKey: 'C' is not one of the variants" }));
    }

    [Test]
    public void The_test_is_stored_as_readable_json_without_derived_fields()
    {
        var json = StepSettingsJson.Write(Test(new AbTestSettings(AbTestMetric.Clicks, AbTestMethod.TwoProportionZTest, 0.9, 300), "B"));

        var read = (SendEmailSettings)StepSettingsJson.Parse(StepKind.SendEmail, json, "offer");
        Assert.That(json, Does.Contain("\"abTest\":{\"metric\":\"Clicks\",\"method\":\"TwoProportionZTest\",\"confidence\":0.9,\"minRecipientsPerVariant\":300,\"autoPromote\":true}"));
        Assert.That(json, Does.Contain("\"promotedVariantKey\":\"B\"").And.Not.Contain("isAbTest").And.Not.Contain("rule"));
        Assert.That((read.AbTest, read.PromotedVariantKey), Is.EqualTo((new AbTestSettings(AbTestMetric.Clicks, AbTestMethod.TwoProportionZTest, 0.9, 300), "B")));
    }

    [Test]
    public async Task A_promoted_step_sends_the_winner_to_every_enrollment()
    {
        var scenario = new ScenarioBuilder().Add("offer", StepKind.SendEmail, Test(new AbTestSettings(), "B")).Build();
        var handler = new SendEmailStepHandler();

        var variants = new HashSet<string>();
        for (var enrollmentId = 1; enrollmentId <= 50; enrollmentId++)
        {
            var result = await handler.HandleAsync(scenario.Step("offer"), Contexts.For(scenario, new FakeCustomerFacts(), enrollmentId: enrollmentId));
            variants.Add($"{result.Email.VariantKey}:{result.Email.TemplateId}");
        }

        Assert.That(variants, Is.EqualTo(new[] { "B:2" }));
    }
}
