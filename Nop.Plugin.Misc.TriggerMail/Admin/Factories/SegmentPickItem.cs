namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>One choice of a rule builder pick-list: the id stored in the rule and the name shown.</summary>
public sealed record SegmentPickItem(int Value, string Text);
