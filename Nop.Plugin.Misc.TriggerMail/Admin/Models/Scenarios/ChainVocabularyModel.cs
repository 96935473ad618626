namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>
/// What the chain editor may offer, as the engine defines it: the step kinds with their outcomes, the outcomes'
/// path labels, the awaited events, condition kinds, live checks and weekdays a step's settings name, and the
/// A/B metrics, A/B methods and exit goals. The page embeds it as JSON; the editor's script holds no copy.
/// </summary>
public class ChainVocabularyModel
{
    public List<ChainStepKindModel> StepKinds { get; set; } = new();

    /// <summary>Outcome name → the label of the path it starts (the name itself when no path is drawn for it).</summary>
    public Dictionary<string, string> Outcomes { get; set; } = new();

    public ChainChoiceListModel Events { get; set; } = new();

    public ChainChoiceListModel Conditions { get; set; } = new();

    public List<ChainChoiceModel> LiveChecks { get; set; } = new();

    /// <summary>The names settings use for days (DayOfWeek), Monday first as the editor lists them.</summary>
    public List<string> Weekdays { get; set; } = new();

    public List<ChainChoiceModel> AbTestMetrics { get; set; } = new();

    public List<ChainChoiceModel> AbTestMethods { get; set; } = new();

    public List<ChainChoiceModel> ExitGoals { get; set; } = new();
}
