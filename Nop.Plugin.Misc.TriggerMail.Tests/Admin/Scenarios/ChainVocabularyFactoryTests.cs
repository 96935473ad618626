using System.Reflection;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Scenarios;

/// <summary>
/// The chain editor's vocabulary is the engine's: every value of each enum and definition the editor offers is
/// served, so a step kind, outcome or condition added in C# reaches the editor (or fails here for want of a look).
/// </summary>
[TestFixture]
public class ChainVocabularyFactoryTests
{
    private static IEnumerable<TestCaseData> EngineEnums()
    {
        yield return Case<StepKind>(v => v.StepKinds.Select(k => k.Name));
        yield return Case<AwaitedEvent>(v => v.Events.Values.Select(c => c.Name));
        yield return Case<ConditionKind>(v => v.Conditions.Values.Select(c => c.Name));
        yield return Case<LiveCheck>(v => v.LiveChecks.Select(c => c.Name));
        yield return Case<DayOfWeek>(v => v.Weekdays);
        yield return Case<AbTestMetric>(v => v.AbTestMetrics.Select(c => c.Name));
        yield return Case<AbTestMethod>(v => v.AbTestMethods.Select(c => c.Name));
        yield return Case<ExitGoal>(v => v.ExitGoals.Select(c => c.Name));
    }

    [TestCaseSource(nameof(EngineEnums))]
    public async Task The_vocabulary_serves_every_value_of_the_engine_enum(string[] engineValues, Func<ChainVocabularyModel, IEnumerable<string>> served)
    {
        var vocabulary = await VocabularyAsync();

        var names = served(vocabulary).ToList();

        Assert.That(names, Is.EquivalentTo(engineValues));
    }

    [Test]
    public async Task Each_step_kind_has_the_outcomes_the_engine_gives_it_in_the_engines_order()
    {
        var vocabulary = await VocabularyAsync();

        var outcomes = vocabulary.StepKinds.ToDictionary(k => k.Name, k => string.Join(",", k.Outcomes));

        Assert.That(outcomes, Is.EqualTo(Enum.GetValues<StepKind>().ToDictionary(k => k.ToString(), k => string.Join(",", StepOutcomes.Of(k)))));
    }

    [Test]
    public async Task Every_outcome_the_engine_defines_has_a_path_label()
    {
        var engineOutcomes = typeof(StepOutcomes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)).ToList();

        var vocabulary = await VocabularyAsync();

        Assert.That(vocabulary.Outcomes.Keys, Is.EquivalentTo(engineOutcomes));
    }

    [Test]
    public async Task Labels_the_editor_shows_are_the_locale_texts_not_their_keys()
    {
        var vocabulary = await VocabularyAsync();

        var labels = vocabulary.StepKinds.Select(k => k.Label)
            .Concat(vocabulary.StepKinds.Select(k => k.Caption).Where(c => c != string.Empty))
            .Concat(vocabulary.Events.Values.Concat(vocabulary.Conditions.Values).Concat(vocabulary.LiveChecks).Select(c => c.Label))
            .Concat([vocabulary.Events.Label, vocabulary.Conditions.Label])
            .Concat(vocabulary.Outcomes.Where(o => o.Key != StepOutcomes.Next).Select(o => o.Value));

        Assert.That(labels.Where(l => string.IsNullOrEmpty(l) || l.StartsWith(ScenarioLocales.ChainEditorPrefix, StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task A_new_steps_default_settings_are_valid_settings_JSON_of_its_kind()
    {
        var vocabulary = await VocabularyAsync();

        var unreadable = vocabulary.StepKinds.Where(k => !Parses(Enum.Parse<StepKind>(k.Name), k.Defaults.GetRawText())).Select(k => k.Name);

        Assert.That(unreadable, Is.Empty);
    }

    [Test]
    public async Task A_condition_names_the_settings_fields_it_reads()
    {
        var vocabulary = await VocabularyAsync();

        var fields = vocabulary.Conditions.Values.ToDictionary(c => c.Name, c => string.Join(",", c.Fields));

        Assert.That(fields[nameof(ConditionKind.ClickedPrevious)], Is.EqualTo("stepKey"));
        Assert.That(fields[nameof(ConditionKind.OrderTotalAtLeast)], Is.EqualTo("amount"));
        Assert.That(fields[nameof(ConditionKind.InSegment)], Is.EqualTo("segmentId"));
        Assert.That(fields[nameof(ConditionKind.CartNotEmpty)], Is.EqualTo(""));
    }

    private static bool Parses(StepKind kind, string json)
    {
        try
        {
            return StepSettingsJson.Parse(kind, json, "new") is not null;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static TestCaseData Case<TEnum>(Func<ChainVocabularyModel, IEnumerable<string>> served) where TEnum : struct, Enum =>
        new TestCaseData(Enum.GetNames<TEnum>(), served).SetArgDisplayNames(typeof(TEnum).Name);

    private static async Task<ChainVocabularyModel> VocabularyAsync()
    {
        var localization = new InMemoryLocalizationService();
        await localization.AddOrUpdateLocaleResourceAsync(TriggerMailLocales.All.ToDictionary(r => r.Key, r => r.Value));
        return await new ChainVocabularyFactory(localization).PrepareModelAsync();
    }
}
