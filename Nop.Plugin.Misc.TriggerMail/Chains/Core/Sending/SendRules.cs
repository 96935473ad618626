namespace Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;

/// <summary>
/// Store-wide send rules: marketing quiet hours (local, [start, end), equal = none) and the cross-scenario
/// marketing frequency cap (0 = none).
/// </summary>
public sealed record SendRules(int QuietHoursStartHour, int QuietHoursEndHour, int FrequencyCapHours);
