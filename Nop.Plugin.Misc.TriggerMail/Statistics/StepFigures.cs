namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>One step's (or one A/B variant's) figures since the scenario began.</summary>
public sealed record StepFigures(int Entered, int Sent, int Opened, int Clicked, int Ordered, decimal Revenue)
{
    /// <summary>A step no message has reached yet.</summary>
    public static StepFigures None { get; } = new(Entered: 0, Sent: 0, Opened: 0, Clicked: 0, Ordered: 0, Revenue: 0m);
}
