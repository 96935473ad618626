using System.Text.Json;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>
/// Translates between the chain editor's JSON and the engine's step definitions, and prepares what the editor
/// starts from: the current version's steps, the templates and segments to pick, each step's live numbers.
/// </summary>
public class ChainGraphFactory
{
    private static readonly JsonSerializerOptions EditorJson = new() { PropertyNamingPolicy = null };

    private readonly IChainStore _chainStore;
    private readonly IRepository<EmailTemplate> _templates;
    private readonly IRepository<Segment> _segments;
    private readonly StepFiguresReader _figures;

    public ChainGraphFactory(IChainStore chainStore, IRepository<EmailTemplate> templates, IRepository<Segment> segments, StepFiguresReader figures)
    {
        _chainStore = chainStore;
        _templates = templates;
        _segments = segments;
        _figures = figures;
    }

    /// <summary>The posted steps as engine definitions, or the errors naming each step whose kind or settings do not parse.</summary>
    public (IReadOnlyList<StepDefinition> Steps, IReadOnlyList<ScenarioValidationError> Errors) ToDefinitions(ChainGraphModel graph)
    {
        var steps = new List<StepDefinition>();
        var errors = new List<ScenarioValidationError>();
        foreach (var posted in graph?.Steps ?? [])
        {
            if (!Enum.TryParse<StepKind>(posted.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(posted.Kind, out _))
            {
                errors.Add(new ScenarioValidationError(posted.Key, $"kind: '{posted.Kind}' is not a step kind ({string.Join(", ", Enum.GetNames<StepKind>())})"));
                continue;
            }

            try
            {
                var settings = StepSettingsJson.Parse(kind, posted.SettingsJson, posted.Key);
                var outcomes = (posted.Outcomes ?? new Dictionary<string, string>())
                    .Where(o => !string.IsNullOrEmpty(o.Value))
                    .ToDictionary(o => o.Key, o => o.Value);
                var unknown = outcomes.Keys.Except(StepOutcomes.Of(kind)).ToList();
                if (unknown.Count > 0)
                    errors.Add(new ScenarioValidationError(posted.Key, $"outcomes: a {kind} step has no outcome '{unknown[0]}' (it has: {string.Join(", ", StepOutcomes.Of(kind))})"));
                steps.Add(new StepDefinition(posted.Key?.Trim(), kind, settings, outcomes, posted.Name?.Trim()));
            }
            catch (FormatException exception)
            {
                errors.Add(new ScenarioValidationError(posted.Key, exception.Message));
            }
        }

        return (steps, errors);
    }

    /// <summary>The editor's starting state for the scenario's current version (or the posted graph, kept after a refusal).</summary>
    public async Task<string> PrepareEditorJsonAsync(Scenario scenario, IReadOnlyList<ScenarioValidationError> errors = null, ChainGraphModel unsaved = null)
    {
        var steps = unsaved?.Steps ?? (await _chainStore.GetStepsAsync(scenario.Id, scenario.CurrentVersion))
            .Select(row => new ChainStepModel
            {
                Key = row.StepKey,
                Kind = row.StepKind.ToString(),
                Name = row.Name,
                SettingsJson = row.SettingsJson,
                Outcomes = SafeOutcomes(row)
            }).ToList();

        var figures = WithConditions(steps, await _figures.ByStepAsync(scenario.Id, steps.FirstOrDefault()?.Key));
        var variantFigures = new Dictionary<string, IReadOnlyDictionary<string, StepFigures>>();
        foreach (var step in steps.Where(s => s.Kind == nameof(StepKind.SendEmail) && figures.ContainsKey(s.Key ?? string.Empty)))
            variantFigures[step.Key] = await _figures.ByVariantAsync(scenario.Id, step.Key);

        var data = new
        {
            ScenarioId = scenario.Id,
            scenario.CurrentVersion,
            Steps = steps,
            Templates = (await _templates.Table.Where(t => !t.IsLayout).OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync()),
            Segments = (await _segments.Table.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync()),
            Figures = figures,
            VariantFigures = variantFigures,
            Errors = (errors ?? []).Select(e => new ChainStepErrorModel { StepKey = e.StepKey, Message = e.Message }).ToList(),
            Dirty = unsaved is not null
        };
        return JsonSerializer.Serialize(data, EditorJson);
    }

    /// <summary>
    /// A condition decides instantly and leaves no log of its own: it was entered by those who went down its
    /// paths, so its count is the sum of the steps its outcomes lead to.
    /// </summary>
    private static IReadOnlyDictionary<string, StepFigures> WithConditions(List<ChainStepModel> steps, IReadOnlyDictionary<string, StepFigures> figures)
    {
        var result = figures.ToDictionary(f => f.Key, f => f.Value);
        foreach (var step in Enumerable.Reverse(steps).Where(s => s.Kind == nameof(StepKind.Condition) && s.Key is not null && !result.ContainsKey(s.Key)))
        {
            var paths = (step.Outcomes ?? new Dictionary<string, string>()).Values.Where(k => k is not null && result.ContainsKey(k)).Distinct().ToList();
            if (paths.Count > 0)
                result[step.Key] = new StepFigures(paths.Sum(k => result[k].Entered), 0, 0, 0, 0, 0);
        }

        return result;
    }

    private static Dictionary<string, string> SafeOutcomes(ScenarioStep row)
    {
        try
        {
            return StepSettingsJson.ParseOutcomes(row.OutcomesJson, row.StepKey).ToDictionary(o => o.Key, o => o.Value);
        }
        catch (FormatException)
        {
            return new Dictionary<string, string>();
        }
    }
}
