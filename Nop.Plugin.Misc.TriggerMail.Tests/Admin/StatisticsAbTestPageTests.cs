using System.Text.RegularExpressions;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Chains;
using Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

[TestFixture]
public class StatisticsAbTestPageTests
{
    private static async Task<Scenario> OfferTestAsync(StoreHarness store, AbTestSettings abTest, params (string Variant, int Recipients, int Orders)[] figures)
    {
        var scenario = await store.AddScenarioAsync(new ScenarioBuilder()
            .Add("offer", StepKind.SendEmail, new SendEmailSettings(Variants: [new("A", 1, 50), new("B", 2, 50)], AbTest: abTest)));
        foreach (var (variant, recipients, orders) in figures)
            await store.InsertAsync(new DailyStat
            {
                Day = store.Clock.UtcNow.Date.AddDays(-10), ScenarioId = scenario.Id, StepKey = "offer", VariantKey = variant, Sent = recipients, Orders = orders
            }, false);
        return scenario;
    }

    [Test]
    public async Task A_promoted_winner_is_shown_with_the_rule_met()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await OfferTestAsync(store, new AbTestSettings(MinRecipientsPerVariant: 1000), ("A", 1000, 40), ("B", 1000, 70));
        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync($"/Admin/TriggerMailStatistics/Scenario/{scenario.Id}");

        Assert.That(html, Does.Contain("Winner found"));
        Assert.That(html, Does.Contain("Winner B promoted"));
        Assert.That(html, Does.Contain("Smallest variant: 1,000 of 1,000 recipients"));
        Assert.That(Regex.IsMatch(html, @"data-variant=""B""[\s\S]*?winner</span>"), Is.True, "variant B carries the winner badge");
        Assert.That(Regex.Match(html, @"data-variant=""A""[\s\S]*?data-col=""Rate"">([^<]*)<").Groups[1].Value, Is.EqualTo("4.0 %"));
    }

    [Test]
    public async Task A_test_on_clicks_by_z_test_states_its_rule_and_how_far_it_is()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await OfferTestAsync(store, new AbTestSettings(Metric: Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core.AbTestMetric.Clicks,
            Method: Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core.AbTestMethod.TwoProportionZTest, Confidence: 0.99, MinRecipientsPerVariant: 400, AutoPromote: false), ("A", 100, 0), ("B", 300, 0));
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync($"/Admin/TriggerMailStatistics/Scenario/{scenario.Id}");

        Assert.That(html, Does.Contain("Collecting recipients"));
        Assert.That(html, Does.Contain("Winner metric: Clicks per recipient · rule: two-proportion z-test at 99.0 % · at least 400 recipients per variant · report only, no automatic promotion"));
        Assert.That(html, Does.Contain("Smallest variant: 100 of 400 recipients"));
        Assert.That(html, Does.Not.Contain("promoted</span>"));
    }

    [Test]
    public async Task A_test_whose_stored_settings_are_broken_is_named_instead_of_failing_the_page()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await OfferTestAsync(store, new AbTestSettings(Confidence: 1.5));
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync($"/Admin/TriggerMailStatistics/Scenario/{scenario.Id}");

        Assert.That(html, Does.Contain("Step &#x27;offer&#x27;: abTest.confidence: must be above 0.5 and below 1 (was 1.5)"));
    }
}
