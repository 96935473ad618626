namespace Nop.Plugin.Misc.TriggerMail.Engine;

public sealed record WaitDurationSettings(int Minutes);
