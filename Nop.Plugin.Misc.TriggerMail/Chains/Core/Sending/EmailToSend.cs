namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

/// <summary>
/// What a send step decided to hand to delivery: the template and, for an A/B step, the variant drawn.
/// </summary>
public sealed record EmailToSend(int TemplateId, string VariantKey);
