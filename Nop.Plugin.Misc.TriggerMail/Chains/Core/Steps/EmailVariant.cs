namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

public sealed record EmailVariant(string Key, int TemplateId, int Weight);
