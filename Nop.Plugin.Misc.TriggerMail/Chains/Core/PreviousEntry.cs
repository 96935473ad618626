namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// The customer's latest earlier enrollment in the scenario, as the re-entry rule needs it.
/// </summary>
public sealed record PreviousEntry(int EntryNumber, bool HasEnded, DateTime EnrolledOnUtc, DateTime? EndedOnUtc);
