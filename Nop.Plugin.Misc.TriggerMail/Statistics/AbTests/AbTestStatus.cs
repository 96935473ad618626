using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;

namespace Nop.Plugin.Misc.TriggerMail.Statistics.AbTests;

/// <summary>
/// Where one send step's A/B test stands: the rule's state, the leader, how far the smallest variant is towards
/// the minimum recipients (0..1), the leader's confidence, and the promoted winner once there is one.
/// </summary>
public sealed record AbTestStatus(
    int ScenarioId,
    int ScenarioVersion,
    string StepKey,
    AbTestSettings Settings,
    AbTestState State,
    string LeaderKey,
    double Progress,
    double LeaderConfidence,
    string PromotedVariantKey,
    IReadOnlyList<AbTestVariantStatus> Variants)
{
    public bool IsPromoted => PromotedVariantKey is not null;

    /// <summary>The rule is met, promotion is allowed and nothing is promoted yet.</summary>
    public bool ShouldPromote => !IsPromoted && Settings.AutoPromote && State == AbTestState.WinnerFound;
}
