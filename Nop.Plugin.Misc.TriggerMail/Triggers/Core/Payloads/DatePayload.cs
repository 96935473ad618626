namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

/// <summary>
/// A date trigger: the customer's local day it fired for, the zone it was computed in, and for anniversaries
/// and birthdays the number of years (null for calendar dates).
/// </summary>
public sealed record DatePayload(DateOnly LocalDate, string TimeZoneId, int? Years, DateOnly? OriginDate = null);
