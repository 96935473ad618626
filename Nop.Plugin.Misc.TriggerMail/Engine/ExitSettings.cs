namespace Nop.Plugin.Misc.TriggerMail.Engine;

public sealed record ExitSettings(string Reason = null);
