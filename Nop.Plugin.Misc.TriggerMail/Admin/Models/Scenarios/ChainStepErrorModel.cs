namespace Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;

/// <summary>An engine error about the graph; <see cref="StepKey"/> is null when it concerns the whole chain.</summary>
public class ChainStepErrorModel
{
    public string StepKey { get; set; }

    public string Message { get; set; }
}
