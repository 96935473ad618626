namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core;

/// <summary>
/// The engine's own view of a store event or time condition, translated once at the edge.
/// <paramref name="DedupeKey"/> identifies the occurrence: the same event seen twice has the same key.
/// <paramref name="ScenarioId"/> is set only when a time scan fired for one scenario's own threshold.
/// </summary>
public sealed record TriggerRecord(
    TriggerKind Kind,
    int CustomerId,
    int StoreId,
    DateTime OccurredOnUtc,
    int? EntityId,
    string DedupeKey,
    string PayloadJson = null,
    int? ScenarioId = null);
