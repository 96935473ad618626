namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

public sealed record PlannedEmail(string StepKey, EmailToSend Email);
