using Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>The A/B test cards of a scenario, as <see cref="AbTestEvaluator"/> judges them (the rule the promoter applies).</summary>
public class AbTestModelFactory
{
    private readonly AbTestEvaluator _evaluator;
    private readonly ILocalizationService _localizationService;
    private readonly IChainStore _store;

    public AbTestModelFactory(AbTestEvaluator evaluator, ILocalizationService localizationService, IChainStore store)
    {
        _evaluator = evaluator;
        _localizationService = localizationService;
        _store = store;
    }

    public async Task<IList<AbTestModel>> PrepareAsync(Scenario scenario)
    {
        IReadOnlyList<AbTestStatus> tests;
        try
        {
            tests = await _evaluator.GetTestsAsync(scenario);
        }
        catch (FormatException exception)
        {
            return [new AbTestModel { Error = exception.Message }];
        }

        var names = (await _store.GetStepsAsync(scenario.Id, scenario.CurrentVersion))
            .ToDictionary(s => s.StepKey, s => string.IsNullOrWhiteSpace(s.Name) ? s.StepKey : s.Name);
        var models = new List<AbTestModel>();
        foreach (var test in tests)
        {
            models.Add(new AbTestModel
            {
                StepKey = test.StepKey,
                StepName = names.GetValueOrDefault(test.StepKey, test.StepKey),
                State = await _localizationService.GetLocalizedEnumAsync(test.State),
                Metric = await _localizationService.GetLocalizedEnumAsync(test.Settings.Metric),
                Method = await _localizationService.GetLocalizedEnumAsync(test.Settings.Method),
                TargetConfidence = test.Settings.Confidence,
                MinRecipientsPerVariant = test.Settings.MinRecipientsPerVariant,
                AutoPromote = test.Settings.AutoPromote,
                LeaderKey = test.LeaderKey,
                LeaderConfidence = test.LeaderConfidence,
                Progress = test.Progress,
                SmallestVariantRecipients = test.Variants.Count == 0 ? 0 : test.Variants.Min(v => v.Figures.Recipients),
                PromotedVariantKey = test.PromotedVariantKey,
                Variants = test.Variants.Select(v => new AbTestVariantModel
                {
                    Key = v.Key,
                    TemplateId = v.TemplateId,
                    Weight = v.Weight,
                    Recipients = v.Figures.Recipients,
                    UniqueHumanOpens = v.Figures.UniqueHumanOpens,
                    UniqueClicks = v.Figures.UniqueClicks,
                    Orders = v.Figures.Orders,
                    ConversionRate = v.ConversionRate,
                    Confidence = v.Confidence,
                    IsLeader = v.Key == test.LeaderKey,
                    IsPromoted = v.Key == test.PromotedVariantKey
                }).ToList()
            });
        }

        return models;
    }
}
