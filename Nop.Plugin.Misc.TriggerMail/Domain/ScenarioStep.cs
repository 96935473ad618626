using Nop.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

namespace Nop.Plugin.Misc.TriggerMail.Domain;

/// <summary>
/// One node of a scenario's step graph at one version. Outcomes name the next step by <see cref="StepKey"/>.
/// </summary>
public class ScenarioStep : BaseEntity
{
    public int ScenarioId { get; set; }

    public int ScenarioVersion { get; set; }

    /// <summary>Stable within a scenario across versions, so in-flight enrollments can be matched to an edited graph.</summary>
    public string StepKey { get; set; }

    public int StepKindId { get; set; }

    public string Name { get; set; }

    public string SettingsJson { get; set; }

    public string OutcomesJson { get; set; }

    public int DisplayOrder { get; set; }

    public StepKind StepKind
    {
        get => (StepKind)StepKindId;
        set => StepKindId = (int)value;
    }
}
