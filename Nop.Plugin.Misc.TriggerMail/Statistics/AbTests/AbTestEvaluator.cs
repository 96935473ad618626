using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests;

/// <summary>
/// The state of every A/B test of a scenario's current version: each send step with two or more weighted
/// variants, judged by its rule (or the default rule) on the figures of the daily rollup.
/// </summary>
public class AbTestEvaluator
{
    private readonly IChainStore _store;
    private readonly StatisticsReader _statistics;

    public AbTestEvaluator(IChainStore store, StatisticsReader statistics)
    {
        _store = store;
        _statistics = statistics;
    }

    public async Task<IReadOnlyList<AbTestStatus>> GetTestsAsync(int scenarioId)
    {
        var scenario = await _store.GetScenarioAsync(scenarioId)
            ?? throw new ArgumentException($"No scenario with id {scenarioId}.", nameof(scenarioId));
        return await GetTestsAsync(scenario);
    }

    /// <exception cref="FormatException">A step's stored settings cannot be read; the message names the step.</exception>
    public async Task<IReadOnlyList<AbTestStatus>> GetTestsAsync(Scenario scenario)
    {
        var tests = new List<AbTestStatus>();
        foreach (var step in await _store.GetStepsAsync(scenario.Id, scenario.CurrentVersion))
        {
            if (step.StepKind != StepKind.SendEmail
                || StepSettingsJson.Parse(step.StepKind, step.SettingsJson, step.StepKey) is not SendEmailSettings { IsAbTest: true } settings)
                continue;

            tests.Add(await EvaluateAsync(scenario, step.StepKey, settings));
        }

        return tests;
    }

    private async Task<AbTestStatus> EvaluateAsync(Scenario scenario, string stepKey, SendEmailSettings settings)
    {
        var abTest = settings.AbTest ?? AbTestSettings.Default;
        var errors = abTest.Errors().ToList();
        if (errors.Count > 0)
            throw new FormatException($"Step '{stepKey}': {string.Join("; ", errors)}");

        var variants = settings.WeightedVariants;
        var figures = await _statistics.GetVariantFiguresAsync(scenario.Id, stepKey, variants.Select(v => v.Key));
        var decision = abTest.Rule.Evaluate(figures);
        var statuses = variants.Select((v, i) => new AbTestVariantStatus(v.Key, v.TemplateId, v.Weight, figures[i],
            figures[i].Recipients == 0 ? 0 : (double)figures[i].Conversions(abTest.Metric) / figures[i].Recipients,
            decision.PerVariant[i])).ToList();

        return new AbTestStatus(scenario.Id, scenario.CurrentVersion, stepKey, abTest, decision.State, decision.LeaderKey,
            decision.SampleProgress, decision.LeaderConfidence, settings.PromotedVariant?.Key, statuses);
    }
}
