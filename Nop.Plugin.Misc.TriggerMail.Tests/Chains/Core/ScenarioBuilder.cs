using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;

/// <summary>
/// Builds a scenario version fluently. A step with one "next" outcome and no explicit map leads to the step
/// added after it; branches name their targets.
/// </summary>
public sealed class ScenarioBuilder
{
    private readonly List<StepDefinition> _steps = [];
    private readonly List<ExitGoal> _exitGoals = [];
    private ScenarioCategory _category = ScenarioCategory.Marketing;
    private TriggerKind _trigger = TriggerKind.CustomerRegistered;
    private LatenessPolicy _lateness = LatenessPolicy.SendLate;
    private int _maxLatenessMinutes;
    private int _scenarioId = 1;
    private int _version = 1;

    public ScenarioBuilder Id(int scenarioId, int version = 1)
    {
        _scenarioId = scenarioId;
        _version = version;
        return this;
    }

    public ScenarioBuilder Transactional()
    {
        _category = ScenarioCategory.Transactional;
        return this;
    }

    public ScenarioBuilder TriggeredBy(TriggerKind trigger)
    {
        _trigger = trigger;
        return this;
    }

    public ScenarioBuilder ExitWhen(ExitGoal goal)
    {
        _exitGoals.Add(goal);
        return this;
    }

    public ScenarioBuilder SkipStepsLaterThan(int minutes)
    {
        _lateness = LatenessPolicy.SkipStep;
        _maxLatenessMinutes = minutes;
        return this;
    }

    public ScenarioBuilder Send(string key, int templateId, SendWindow window = null, params LiveCheck[] checks) =>
        Add(key, StepKind.SendEmail, new SendEmailSettings(templateId, LiveChecks: checks, Window: window));

    public ScenarioBuilder SendVariants(string key, params EmailVariant[] variants) =>
        Add(key, StepKind.SendEmail, new SendEmailSettings(Variants: variants));

    public ScenarioBuilder WaitMinutes(string key, int minutes) =>
        Add(key, StepKind.WaitDuration, new WaitDurationSettings(minutes));

    public ScenarioBuilder WaitUntilLocal(string key, int hour, int minute = 0, params DayOfWeek[] weekdays) =>
        Add(key, StepKind.WaitUntilTime, new WaitUntilTimeSettings(hour, minute, weekdays));

    public ScenarioBuilder WaitFor(string key, AwaitedEvent awaited, int timeoutMinutes, string happened, string timeout, int pollMinutes = 60) =>
        Add(key, StepKind.WaitForEvent, new WaitForEventSettings(awaited, timeoutMinutes, PollMinutes: pollMinutes),
            new Dictionary<string, string> { [StepOutcomes.Happened] = happened, [StepOutcomes.Timeout] = timeout });

    public ScenarioBuilder If(string key, ConditionSettings condition, string whenTrue, string whenFalse) =>
        Add(key, StepKind.Condition, condition,
            new Dictionary<string, string> { [StepOutcomes.True] = whenTrue, [StepOutcomes.False] = whenFalse });

    public ScenarioBuilder Exit(string key, string reason = null) => Add(key, StepKind.Exit, new ExitSettings(reason));

    public ScenarioBuilder Add(string key, StepKind kind, object settings, IReadOnlyDictionary<string, string> outcomes = null)
    {
        _steps.Add(new StepDefinition(key, kind, settings, outcomes));
        return this;
    }

    public ScenarioDefinition Build()
    {
        var steps = _steps.Select((s, i) => s.Outcomes is not null || s.Kind == StepKind.Exit ? s : s with
        {
            Outcomes = i + 1 < _steps.Count ? new Dictionary<string, string> { [StepOutcomes.Next] = _steps[i + 1].Key } : new Dictionary<string, string>()
        }).ToList();

        return new ScenarioDefinition(_scenarioId, _version, _category, SendPriorities.For(_category, _trigger), steps[0].Key,
            steps.ToDictionary(s => s.Key), _exitGoals.ToList(), _lateness, _maxLatenessMinutes);
    }

    /// <summary>The scenario as stored rows, active, for store stories.</summary>
    public (Scenario Scenario, IReadOnlyList<ScenarioStep> Steps) ToEntities(int storeId = 0, int holdoutPercent = 0,
        ReEntryPolicy reEntry = ReEntryPolicy.OnceEver, int cooldownHours = 0)
    {
        var definition = Build();
        var scenario = new Scenario
        {
            Name = "Test scenario", StoreId = storeId, TriggerKind = _trigger, Category = _category, Status = ScenarioStatus.Active,
            ReEntryPolicy = reEntry, ReEntryCooldownHours = cooldownHours, HoldoutPercent = holdoutPercent,
            ExitGoalsJson = StepSettingsJson.WriteExitGoals(_exitGoals), LatenessPolicy = _lateness, MaxLatenessMinutes = _maxLatenessMinutes,
            CurrentVersion = _version
        };
        var steps = _steps.Select((s, order) => new ScenarioStep
        {
            ScenarioVersion = _version, StepKey = s.Key, StepKind = s.Kind, SettingsJson = StepSettingsJson.Write(s.Settings),
            OutcomesJson = StepSettingsJson.WriteOutcomes(definition.Steps[s.Key].Outcomes), DisplayOrder = order
        }).ToList();
        return (scenario, steps);
    }
}
