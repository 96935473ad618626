namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

public sealed record ExitSettings(string Reason = null);
