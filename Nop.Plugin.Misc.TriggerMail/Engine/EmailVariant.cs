namespace Nop.Plugin.Misc.TriggerMail.Engine;

public sealed record EmailVariant(string Key, int TemplateId, int Weight);
