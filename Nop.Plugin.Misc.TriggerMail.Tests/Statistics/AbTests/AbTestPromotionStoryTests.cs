using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Chains;
using Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Statistics.AbTests;

/// <summary>
/// A/B tests on the harness: fixed figures in the daily rollup, the statistics task, and the chains that follow.
/// </summary>
[TestFixture]
public class AbTestPromotionStoryTests
{
    private static readonly EmailVariant[] OfferVariants = [new("A", 1, 50), new("B", 2, 50)];

    private static ScenarioBuilder OfferTest(AbTestSettings abTest, int waitMinutes = 0)
    {
        var builder = new ScenarioBuilder();
        if (waitMinutes > 0)
            builder.WaitMinutes("wait", waitMinutes);
        return builder.Add("offer", StepKind.SendEmail, new SendEmailSettings(Variants: OfferVariants, AbTest: abTest));
    }

    /// <summary>Rollup rows of a day well before the clock, so the statistics task's recompute of today and yesterday leaves them.</summary>
    private static async Task FiguresAsync(StoreHarness store, Scenario scenario, params (string Variant, int Recipients, int Orders)[] variants)
    {
        foreach (var (variant, recipients, orders) in variants)
            await store.InsertAsync(new DailyStat
            {
                Day = store.Clock.UtcNow.Date.AddDays(-10), ScenarioId = scenario.Id, StepKey = "offer", VariantKey = variant,
                Sent = recipients, Orders = orders
            }, false);
    }

    private static async Task<IReadOnlyList<AbTestStatus>> TestsAsync(StoreHarness store, int scenarioId)
    {
        using var scope = store.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AbTestEvaluator>().GetTestsAsync(scenarioId);
    }

    private static async Task<IReadOnlyList<string>> PromoteAsync(StoreHarness store)
    {
        using var scope = store.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AbTestPromoter>().PromoteWinnersAsync();
    }

    private static SendEmailSettings OfferSettings(StoreHarness store, int scenarioId, int version) =>
        (SendEmailSettings)StepSettingsJson.Parse(StepKind.SendEmail,
            store.Query<ScenarioStep>(q => q.Where(s => s.ScenarioId == scenarioId && s.ScenarioVersion == version && s.StepKey == "offer")).Single().SettingsJson,
            "offer");

    private static Scenario Reload(StoreHarness store, Scenario scenario) => store.Query<Scenario>(q => q.Where(s => s.Id == scenario.Id)).Single();

    [TestCase(AbTestMethod.TwoProportionZTest)]
    [TestCase(AbTestMethod.BayesianProbabilityToBeBest)]
    public async Task Forty_against_seventy_orders_from_a_thousand_recipients_each_promotes_B(AbTestMethod method)
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await store.AddScenarioAsync(OfferTest(new AbTestSettings(Method: method, MinRecipientsPerVariant: 1000)));
        await FiguresAsync(store, scenario, ("A", 1000, 40), ("B", 1000, 70));

        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);

        var test = (await TestsAsync(store, scenario.Id)).Single();
        Assert.That(Reload(store, scenario).CurrentVersion, Is.EqualTo(2));
        Assert.That(OfferSettings(store, scenario.Id, 2).PromotedVariantKey, Is.EqualTo("B"));
        Assert.That(OfferSettings(store, scenario.Id, 1).PromotedVariantKey, Is.Null);
        Assert.That((test.State, test.LeaderKey, test.PromotedVariantKey, test.Progress), Is.EqualTo((AbTestState.WinnerFound, "B", "B", 1.0)));
        Assert.That(test.LeaderConfidence, Is.GreaterThan(0.99));
        Assert.That(test.Variants.Select(v => (v.Key, v.Figures.Recipients, v.Figures.Orders, v.ConversionRate)),
            Is.EqualTo(new[] { ("A", 1000, 40, 0.04), ("B", 1000, 70, 0.07) }));
    }

    [TestCase(AbTestMethod.TwoProportionZTest)]
    [TestCase(AbTestMethod.BayesianProbabilityToBeBest)]
    public async Task Twenty_against_twenty_two_orders_from_six_hundred_recipients_each_promotes_nothing(AbTestMethod method)
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await store.AddScenarioAsync(OfferTest(new AbTestSettings(Method: method, MinRecipientsPerVariant: 500)));
        await FiguresAsync(store, scenario, ("A", 600, 20), ("B", 600, 22));

        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);

        var test = (await TestsAsync(store, scenario.Id)).Single();
        Assert.That(Reload(store, scenario).CurrentVersion, Is.EqualTo(1));
        Assert.That(store.Query<ScenarioStep>().Select(s => s.ScenarioVersion).Distinct(), Is.EqualTo(new[] { 1 }));
        Assert.That((test.State, test.LeaderKey, test.PromotedVariantKey), Is.EqualTo((AbTestState.NoWinnerYet, "B", (string)null)));
        Assert.That(test.LeaderConfidence, Is.LessThan(0.95));
    }

    [Test]
    public async Task A_clear_leader_with_too_few_recipients_is_still_collecting()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await store.AddScenarioAsync(OfferTest(new AbTestSettings(MinRecipientsPerVariant: 500)));
        await FiguresAsync(store, scenario, ("A", 100, 1), ("B", 120, 30));

        var promoted = await PromoteAsync(store);

        var test = (await TestsAsync(store, scenario.Id)).Single();
        Assert.That(promoted, Is.Empty);
        Assert.That(Reload(store, scenario).CurrentVersion, Is.EqualTo(1));
        Assert.That((test.State, test.LeaderKey, test.Progress), Is.EqualTo((AbTestState.Collecting, "B", 0.2)));
    }

    [Test]
    public async Task A_test_without_settings_uses_the_default_rule_and_one_that_may_not_promote_only_reports()
    {
        await using var store = await StoreHarness.StartAsync();
        var byDefault = await store.AddScenarioAsync(OfferTest(abTest: null));
        var reportOnly = await store.AddScenarioAsync(OfferTest(new AbTestSettings(AutoPromote: false)));
        await FiguresAsync(store, byDefault, ("A", 1000, 40), ("B", 1000, 70));
        await FiguresAsync(store, reportOnly, ("A", 1000, 40), ("B", 1000, 70));

        var promoted = await PromoteAsync(store);

        Assert.That(promoted, Is.EqualTo(new[] { $"{byDefault.Id}/offer → B" }));
        Assert.That(Reload(store, reportOnly).CurrentVersion, Is.EqualTo(1));
        Assert.That((await TestsAsync(store, reportOnly.Id)).Single().State, Is.EqualTo(AbTestState.WinnerFound));
    }

    [Test]
    public async Task Promotion_is_idempotent()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await store.AddScenarioAsync(OfferTest(new AbTestSettings(MinRecipientsPerVariant: 1000), waitMinutes: 60));
        await FiguresAsync(store, scenario, ("A", 1000, 40), ("B", 1000, 70));

        var first = await PromoteAsync(store);
        var second = await PromoteAsync(store);
        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);

        Assert.That(first, Is.EqualTo(new[] { $"{scenario.Id}/offer → B" }));
        Assert.That(second, Is.Empty);
        Assert.That(Reload(store, scenario).CurrentVersion, Is.EqualTo(2));
        Assert.That(store.Query<ScenarioStep>().GroupBy(s => s.ScenarioVersion).Select(g => (g.Key, g.Count())),
            Is.EqualTo(new[] { (1, 2), (2, 2) }));
    }

    [Test]
    public async Task After_promotion_new_enrollments_all_get_the_winner_and_enrollments_in_flight_keep_their_draw()
    {
        const int customers = 20;
        await using var store = await StoreHarness.StartAsync();
        var scenario = await store.AddScenarioAsync(OfferTest(new AbTestSettings(MinRecipientsPerVariant: 1000), waitMinutes: 60));
        await FiguresAsync(store, scenario, ("A", 1000, 40), ("B", 1000, 70));
        for (var i = 0; i < customers; i++)
            await store.TriggerAsync(TriggerKind.CustomerRegistered, (await store.AddCustomerAsync($"early{i}@example.com")).Id, $"early:{i}");
        await store.RunChainsAsync();

        await PromoteAsync(store);
        for (var i = 0; i < customers; i++)
            await store.TriggerAsync(TriggerKind.CustomerRegistered, (await store.AddCustomerAsync($"late{i}@example.com")).Id, $"late:{i}");
        await store.RunChainsAsync();
        store.Clock.Advance(TimeSpan.FromMinutes(61));
        await store.RunChainsAsync();

        var enrollments = store.Query<Enrollment>().ToDictionary(e => e.Id);
        var messages = store.Query<Message>();
        var late = messages.Where(m => enrollments[m.EnrollmentId].ScenarioVersion == 2).ToList();
        var early = messages.Where(m => enrollments[m.EnrollmentId].ScenarioVersion == 1).ToList();
        Assert.That(late, Has.Count.EqualTo(customers));
        Assert.That(late.Select(m => (m.VariantKey, m.TemplateId)).Distinct(), Is.EqualTo(new[] { ("B", 2) }));
        Assert.That(early, Has.Count.EqualTo(customers));
        Assert.That(early.Select(m => m.VariantKey).Distinct().OrderBy(k => k), Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public async Task A_scenario_whose_test_settings_are_broken_is_logged_and_does_not_stop_the_others()
    {
        await using var store = await StoreHarness.StartAsync();
        var broken = await store.AddScenarioAsync(OfferTest(new AbTestSettings(Confidence: 1.5)));
        var healthy = await store.AddScenarioAsync(OfferTest(new AbTestSettings(MinRecipientsPerVariant: 1000)));
        await FiguresAsync(store, broken, ("A", 1000, 40), ("B", 1000, 70));
        await FiguresAsync(store, healthy, ("A", 1000, 40), ("B", 1000, 70));

        var promoted = await PromoteAsync(store);

        Assert.That(promoted, Is.EqualTo(new[] { $"{healthy.Id}/offer → B" }));
        Assert.That(store.Log.Entries.Select(e => e.Message), Has.Some.Contains(
            $"scenario {broken.Id} were not evaluated: Step 'offer': abTest.confidence: must be above 0.5 and below 1 (was 1.5)"));
    }
}
