namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>What a post-processor knows about the message whose HTML it changes.</summary>
public sealed record PostProcessContext(Guid MessageGuid, int MessageId, int ScenarioId, string StepKey, string VariantKey,
    bool IsTransactional, string StoreUrl, int StoreId = 0, bool IsTracked = false);
