namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

/// <summary>
/// One field of the catalogue: what the rule builder shows and what validation accepts.
/// </summary>
public sealed record SegmentField(string Name, string Family, IReadOnlyList<SegmentOperator> Operators, IReadOnlyList<string> Options)
{
    public SegmentOperator FindOperator(string name) => Operators.FirstOrDefault(o => o.Name == name);
}
