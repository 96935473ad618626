namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>A send step (in its scenario's current version) or a letter (for a layout) that uses a template.</summary>
public sealed record TemplateUse(int TemplateId, int ScenarioId, string ScenarioName, string StepKey, string StepName)
{
    /// <summary>For a layout: the letter that uses it; <see cref="ScenarioId"/> is 0 then.</summary>
    public int LetterId { get; init; }
}
