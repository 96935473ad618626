using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// Which scenario steps send a template (its single template or any A/B variant, in each scenario's current
/// version, archived scenarios included since they can be reactivated) and which letters use a layout.
/// </summary>
public class TemplateUsage
{
    private readonly IRepository<Scenario> _scenarioRepository;
    private readonly IRepository<ScenarioStep> _stepRepository;
    private readonly IRepository<EmailTemplate> _templateRepository;

    public TemplateUsage(IRepository<Scenario> scenarioRepository, IRepository<ScenarioStep> stepRepository, IRepository<EmailTemplate> templateRepository)
    {
        _scenarioRepository = scenarioRepository;
        _stepRepository = stepRepository;
        _templateRepository = templateRepository;
    }

    /// <summary>Every use, grouped by the template used.</summary>
    public async Task<ILookup<int, TemplateUse>> GetAllAsync()
    {
        var steps = await (from step in _stepRepository.Table
                           join scenario in _scenarioRepository.Table on step.ScenarioId equals scenario.Id
                           where step.ScenarioVersion == scenario.CurrentVersion && step.StepKindId == (int)StepKind.SendEmail
                           orderby scenario.Name, step.DisplayOrder
                           select new { scenario.Id, scenario.Name, step.StepKey, StepName = step.Name, step.SettingsJson }).ToListAsync();

        var uses = new List<TemplateUse>();
        foreach (var step in steps)
        {
            foreach (var templateId in TemplateIds(step.SettingsJson, step.StepKey))
                uses.Add(new TemplateUse(templateId, step.Id, step.Name, step.StepKey, step.StepName));
        }

        var letters = await _templateRepository.GetAllAsync(q => q.Where(t => t.LayoutId != null && t.LayoutId > 0).OrderBy(t => t.Name));
        uses.AddRange(letters.Select(letter => new TemplateUse(letter.LayoutId!.Value, ScenarioId: 0, ScenarioName: null, StepKey: null, StepName: letter.Name) { LetterId = letter.Id }));
        return uses.ToLookup(use => use.TemplateId);
    }

    public async Task<IReadOnlyList<TemplateUse>> GetAsync(int templateId) => (await GetAllAsync())[templateId].ToList();

    private static IEnumerable<int> TemplateIds(string settingsJson, string stepKey)
    {
        SendEmailSettings settings;
        try
        {
            settings = (SendEmailSettings)StepSettingsJson.Parse(StepKind.SendEmail, settingsJson, stepKey);
        }
        catch (FormatException)
        {
            // A step whose settings do not parse is reported by the scenario editor; it uses no template.
            return [];
        }

        return (settings.Variants ?? []).Select(v => v.TemplateId).Append(settings.TemplateId).Where(id => id > 0).Distinct();
    }
}
