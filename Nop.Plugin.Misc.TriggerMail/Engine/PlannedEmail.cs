namespace Nop.Plugin.Misc.TriggerMail.Engine;

public sealed record PlannedEmail(string StepKey, EmailToSend Email);
