using System.Text.Json;
using System.Text.Json.Serialization;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>
/// Builds the chain editor's vocabulary from the engine's own definitions (StepKind and StepOutcomes, AwaitedEvent,
/// ConditionKind, LiveCheck, DayOfWeek, AbTestMetric, AbTestMethod, ExitGoal), with the labels the page shows, so
/// a value added in C# reaches the editor and its script keeps no copy. A step kind without a look here fails the
/// vocabulary test instead of showing up in the editor half-drawn.
/// </summary>
public class ChainVocabularyFactory
{
    private static readonly JsonSerializerOptions PageJson = new() { PropertyNamingPolicy = null };

    // A new step's settings as the engine writes them, minus fields at their type's default (the editor reads a
    // missing field as 0 or empty), so the editor starts from exactly what it always started from.
    private static readonly JsonSerializerOptions DefaultsJson = new(StepSettingsJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault };

    private readonly ILocalizationService _localizationService;

    public ChainVocabularyFactory(ILocalizationService localizationService)
    {
        _localizationService = localizationService;
    }

    public async Task<string> PrepareJsonAsync() => JsonSerializer.Serialize(await PrepareModelAsync(), PageJson);

    public async Task<ChainVocabularyModel> PrepareModelAsync()
    {
        var model = new ChainVocabularyModel
        {
            Events = new ChainChoiceListModel { Label = await TextAsync("Event"), Values = await ChoicesAsync<AwaitedEvent>(e => "Event" + e) },
            Conditions = new ChainChoiceListModel { Label = await TextAsync("Condition"), Values = await ConditionsAsync() },
            LiveChecks = await ChoicesAsync<LiveCheck>(LiveCheckText),
            Weekdays = Enum.GetValues<DayOfWeek>().OrderBy(d => ((int)d + 6) % 7).Select(d => d.ToString()).ToList(),
            AbTestMetrics = await EnumChoicesAsync<AbTestMetric>(),
            AbTestMethods = await EnumChoicesAsync<AbTestMethod>(),
            ExitGoals = await EnumChoicesAsync<ExitGoal>()
        };
        foreach (var kind in Values<StepKind>())
            model.StepKinds.Add(await StepKindAsync(kind));
        foreach (var outcome in Values<StepKind>().SelectMany(StepOutcomes.Of).Distinct())
            model.Outcomes[outcome] = OutcomeText(outcome) is { } text ? await TextAsync(text) : outcome;

        return model;
    }

    private async Task<ChainStepKindModel> StepKindAsync(StepKind kind)
    {
        var look = ChainStepKindLook.Of(kind);
        return new ChainStepKindModel
        {
            Name = kind.ToString(),
            Label = await TextAsync(look.Text),
            Caption = look.Caption is null ? string.Empty : await TextAsync(look.Caption),
            Icon = look.Icon,
            KeyPrefix = look.KeyPrefix,
            Form = look.Form,
            Outcomes = StepOutcomes.Of(kind).ToList(),
            Defaults = JsonSerializer.SerializeToElement(look.Defaults, look.Defaults.GetType(), DefaultsJson)
        };
    }

    private async Task<List<ChainChoiceModel>> ConditionsAsync()
    {
        var conditions = await ChoicesAsync<ConditionKind>(c => "Cond" + c);
        foreach (var condition in conditions)
            condition.Fields = ConditionFields(Enum.Parse<ConditionKind>(condition.Name)).Select(JsonNamingPolicy.CamelCase.ConvertName).ToList();

        return conditions;
    }

    /// <summary>The ConditionSettings fields each condition reads besides the kind itself.</summary>
    private static IEnumerable<string> ConditionFields(ConditionKind condition) => condition switch
    {
        ConditionKind.OpenedPrevious or ConditionKind.ClickedPrevious => [nameof(ConditionSettings.StepKey)],
        ConditionKind.OrderTotalAtLeast => [nameof(ConditionSettings.Amount)],
        ConditionKind.InSegment => [nameof(ConditionSettings.SegmentId)],
        ConditionKind.ProductInStock => [nameof(ConditionSettings.ProductId)],
        _ => []
    };

    private static string LiveCheckText(LiveCheck check) => check switch
    {
        LiveCheck.CartNotEmpty => "LiveCartNotEmpty",
        LiveCheck.NoOrderSinceEnrollment => "LiveNoOrder",
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "The chain editor has no label for this live check yet.")
    };

    /// <summary>The label of the path an outcome starts; the single "next" outcome draws no path and has none.</summary>
    private static string OutcomeText(string outcome) => outcome switch
    {
        StepOutcomes.True => "Yes",
        StepOutcomes.False => "No",
        StepOutcomes.Happened => "Happened",
        StepOutcomes.Timeout => "TimedOut",
        _ => null
    };

    private async Task<List<ChainChoiceModel>> ChoicesAsync<TEnum>(Func<TEnum, string> text) where TEnum : struct, Enum
    {
        var choices = new List<ChainChoiceModel>();
        foreach (var value in Values<TEnum>())
            choices.Add(new ChainChoiceModel { Name = value.ToString(), Label = await TextAsync(text(value)) });

        return choices;
    }

    private async Task<List<ChainChoiceModel>> EnumChoicesAsync<TEnum>() where TEnum : struct, Enum
    {
        var choices = new List<ChainChoiceModel>();
        foreach (var value in Values<TEnum>())
            choices.Add(new ChainChoiceModel { Name = value.ToString(), Label = await _localizationService.GetLocalizedEnumAsync(value) });

        return choices;
    }

    private static IEnumerable<TEnum> Values<TEnum>() where TEnum : struct, Enum => Enum.GetValues<TEnum>().OrderBy(v => Convert.ToInt32(v));

    private Task<string> TextAsync(string key) => _localizationService.GetResourceAsync(ScenarioLocales.ChainEditorPrefix + key);
}
