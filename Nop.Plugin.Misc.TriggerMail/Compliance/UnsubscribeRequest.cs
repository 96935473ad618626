namespace Nop.Plugin.Misc.TriggerMail.Compliance;

/// <summary>The message an unsubscribe token points at, as much as the confirm page needs to show.</summary>
public sealed record UnsubscribeRequest(int MessageId, int ScenarioId, string ScenarioName, string Email, int StoreId);
