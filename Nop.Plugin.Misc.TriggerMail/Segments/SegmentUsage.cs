using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Segments;

/// <summary>
/// Which scenarios use which segment: as the entry segment, or in an "in segment" condition step of the
/// scenario's current version. A segment in use must not be deleted (enrollments would fail on it).
/// </summary>
public class SegmentUsage
{
    private readonly IRepository<Scenario> _scenarioRepository;
    private readonly IRepository<ScenarioStep> _stepRepository;

    public SegmentUsage(IRepository<Scenario> scenarioRepository, IRepository<ScenarioStep> stepRepository)
    {
        _scenarioRepository = scenarioRepository;
        _stepRepository = stepRepository;
    }

    /// <summary>Segment id → the scenarios using it, by name.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<Scenario>>> ScenariosBySegmentAsync()
    {
        var scenarios = await _scenarioRepository.Table.ToListAsync();
        var byId = scenarios.ToDictionary(s => s.Id);
        var uses = scenarios.Where(s => s.EntrySegmentId is > 0).Select(s => (SegmentId: s.EntrySegmentId.Value, Scenario: s)).ToList();

        var conditionSteps = await _stepRepository.Table.Where(s => s.StepKindId == (int)StepKind.Condition).ToListAsync();
        foreach (var step in conditionSteps)
        {
            if (!byId.TryGetValue(step.ScenarioId, out var scenario) || step.ScenarioVersion != scenario.CurrentVersion)
                continue;
            if (TryReadSegment(step) is { } segmentId)
                uses.Add((segmentId, scenario));
        }

        return uses.GroupBy(u => u.SegmentId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<Scenario>)g.Select(u => u.Scenario).DistinctBy(s => s.Id).OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).ToList());
    }

    public async Task<IReadOnlyList<Scenario>> ScenariosUsingAsync(int segmentId)
    {
        return (await ScenariosBySegmentAsync()).TryGetValue(segmentId, out var scenarios) ? scenarios : [];
    }

    // A condition step whose settings no longer parse is the chain editor's problem; it uses no segment here.
    private static int? TryReadSegment(ScenarioStep step)
    {
        try
        {
            return StepSettingsJson.Parse(StepKind.Condition, step.SettingsJson, step.StepKey) is ConditionSettings { Condition: ConditionKind.InSegment, SegmentId: > 0 } settings
                ? settings.SegmentId
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
