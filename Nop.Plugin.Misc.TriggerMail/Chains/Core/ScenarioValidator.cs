using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// Checks a step graph before it may run: every outcome leads to a known step, every step is reachable from
/// the start, every send names an existing template, and no loop can spin without a wait in it.
/// </summary>
public static class ScenarioValidator
{
    public static IReadOnlyList<ScenarioValidationError> Validate(ScenarioDefinition scenario, ISet<int> templateIds)
    {
        var errors = new List<ScenarioValidationError>();
        if (scenario.Step(scenario.StartStepKey) is null)
        {
            errors.Add(ScenarioValidationError.ForScenario($"the start step '{scenario.StartStepKey}' does not exist"));
            return errors;
        }

        foreach (var step in scenario.Steps.Values)
        {
            foreach (var (outcome, target) in step.Outcomes ?? new Dictionary<string, string>())
            {
                if (!string.IsNullOrEmpty(target) && scenario.Step(target) is null)
                    errors.Add(new ScenarioValidationError(step.Key, $"outcome '{outcome}' leads to unknown step '{target}'"));
            }

            if (step.Kind == StepKind.SendEmail)
                errors.AddRange(TemplateErrors(step, templateIds));
        }

        var reachable = Reachable(scenario);
        errors.AddRange(scenario.Steps.Keys.Where(k => !reachable.Contains(k))
            .Select(k => new ScenarioValidationError(k, "is unreachable from the start step")));

        if (InstantLoop(scenario) is { } loopStep)
            errors.Add(new ScenarioValidationError(loopStep, "is in a loop without a wait step"));

        return errors;
    }

    private static IEnumerable<ScenarioValidationError> TemplateErrors(StepDefinition step, ISet<int> templateIds)
    {
        if (step.Settings is not SendEmailSettings settings)
        {
            yield return new ScenarioValidationError(step.Key, "has no send settings");
            yield break;
        }

        var templates = settings.Variants is { Count: > 0 }
            ? settings.Variants.Select(v => v.TemplateId).ToList()
            : [settings.TemplateId];
        if (settings.Variants is { Count: > 0 } && settings.Variants.All(v => v.Weight <= 0))
            yield return new ScenarioValidationError(step.Key, "no variant has a weight above 0");
        foreach (var templateId in templates.Where(id => id <= 0 || !templateIds.Contains(id)).Distinct())
            yield return new ScenarioValidationError(step.Key, templateId <= 0 ? "has no template" : $"template {templateId} does not exist");
        foreach (var error in AbTestErrors(settings))
            yield return new ScenarioValidationError(step.Key, error);
    }

    private static IEnumerable<string> AbTestErrors(SendEmailSettings settings)
    {
        var keys = settings.Variants?.Select(v => v.Key).ToList() ?? [];
        if (keys.Any(string.IsNullOrWhiteSpace))
            yield return "variants: every variant needs a key";
        foreach (var duplicate in keys.Where(k => !string.IsNullOrWhiteSpace(k)).GroupBy(k => k).Where(g => g.Count() > 1))
            yield return $"variants: the key '{duplicate.Key}' is used twice";
        if (settings.PromotedVariantKey is { } promoted && !keys.Contains(promoted))
            yield return $"promotedVariantKey: '{promoted}' is not one of the variants";
        if (settings.AbTest is null)
            yield break;
        if (!settings.IsAbTest)
            yield return "abTest: an A/B test needs at least two variants with a weight above 0";
        foreach (var error in settings.AbTest.Errors())
            yield return error;
    }

    private static HashSet<string> Reachable(ScenarioDefinition scenario)
    {
        var seen = new HashSet<string> { scenario.StartStepKey };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var key))
        {
            foreach (var next in Targets(scenario.Step(key), scenario))
                if (seen.Add(next))
                    queue.Enqueue(next);
        }

        return seen;
    }

    private static string InstantLoop(ScenarioDefinition scenario)
    {
        var state = new Dictionary<string, int>();
        foreach (var key in scenario.Steps.Keys)
        {
            if (Visit(key) is { } found)
                return found;
        }

        return null;

        // Depth-first over instant steps only: a back edge means a cycle no wait can slow down.
        string Visit(string key)
        {
            var step = scenario.Step(key);
            if (step is null || IsWait(step.Kind) || state.GetValueOrDefault(key) == 2)
                return null;
            if (state.GetValueOrDefault(key) == 1)
                return key;

            state[key] = 1;
            foreach (var next in Targets(step, scenario))
            {
                if (Visit(next) is { } found)
                    return found;
            }

            state[key] = 2;
            return null;
        }
    }

    private static IEnumerable<string> Targets(StepDefinition step, ScenarioDefinition scenario) =>
        step?.Outcomes?.Values.Where(t => !string.IsNullOrEmpty(t) && scenario.Step(t) is not null) ?? [];

    private static bool IsWait(StepKind kind) =>
        kind is StepKind.WaitDuration or StepKind.WaitUntilTime or StepKind.WaitForEvent;
}
