namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

/// <summary>An operator a field allows, and the kind of value it takes there.</summary>
public sealed record SegmentOperator(string Name, SegmentValueKind ValueKind);
