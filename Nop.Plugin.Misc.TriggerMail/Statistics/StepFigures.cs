namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>One step's (or one A/B variant's) figures since the scenario began.</summary>
public sealed record StepFigures(int Entered, int Sent, int Opened, int Clicked, int Ordered, decimal Revenue);
