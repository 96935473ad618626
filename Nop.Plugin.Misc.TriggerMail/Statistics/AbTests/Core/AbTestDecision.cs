namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

/// <param name="LeaderKey">The variant currently ahead on the metric.</param>
/// <param name="SampleProgress">Share of the minimum recipients reached by the smallest variant (0..1).</param>
/// <param name="LeaderConfidence">The leader's probability to be best, or 1 − p for the z-test.</param>
/// <param name="PerVariant">Probability to be best per variant (Bayesian) or confidence (z-test: leader only).</param>
public sealed record AbTestDecision(AbTestState State, string LeaderKey, double SampleProgress, double LeaderConfidence, IReadOnlyList<double> PerVariant);
