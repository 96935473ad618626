namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;

public sealed record WaitDurationSettings(int Minutes);
