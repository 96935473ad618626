namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

/// <summary>
/// Branches on one fact. <see cref="StepKey"/> narrows opened/clicked to one step's message; the amount is the
/// total of orders since enrollment; the product defaults to the trigger's entity.
/// </summary>
public sealed record ConditionSettings(
    ConditionKind Condition,
    string StepKey = null,
    decimal Amount = 0,
    int SegmentId = 0,
    int ProductId = 0);
