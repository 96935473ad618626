using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>
/// One send step of a scenario's funnel over a period. <see cref="Entered"/> counts the messages the chain wrote
/// for the step (sent, failed or suppressed): one per enrollment that reached it, holdout customers excepted.
/// </summary>
public sealed record StepFunnel(string StepKey, string Name, int DisplayOrder, EngagementFigures Figures)
{
    public int Entered => Figures.Sent + Figures.Failed + Figures.Suppressed;
}
