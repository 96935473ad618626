using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

/// <summary>
/// One node of a segment's rule tree, as stored in <c>Segment.RulesJson</c>: either a group
/// (<see cref="Group"/> "and", "or" or "not" over <see cref="Rules"/>) or a condition (<see cref="Field"/>,
/// <see cref="Operator"/>, <see cref="Value"/> and the options the field accepts). "not" matches when not all of
/// its rules match (with one rule: the rule's negation).
/// </summary>
public sealed class SegmentRule
{
    public string Group { get; set; }

    public List<SegmentRule> Rules { get; set; }

    public string Field { get; set; }

    public string Operator { get; set; }

    public JsonElement? Value { get; set; }

    /// <summary>Order conditions: count only paid (or partially refunded) orders.</summary>
    public bool? PaidOnly { get; set; }

    /// <summary>Order conditions: orders placed at or after this time.</summary>
    public DateTime? FromUtc { get; set; }

    /// <summary>Order conditions: orders placed before this time.</summary>
    public DateTime? ToUtc { get; set; }

    /// <summary>Order and engagement conditions: only the last N days, counted back from the time the rule runs.</summary>
    public int? InLastDays { get; set; }

    /// <summary>Engagement conditions: only messages, unsubscribes or enrollments of this scenario.</summary>
    public int? ScenarioId { get; set; }

    /// <summary>Properties the model does not know; kept so validation can name them instead of dropping them.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Unknown { get; set; }

    [JsonIgnore]
    public bool IsGroup => Group is not null || Rules is not null;

    public static SegmentRule And(params SegmentRule[] rules) => new() { Group = SegmentGroups.And, Rules = [.. rules] };

    public static SegmentRule Or(params SegmentRule[] rules) => new() { Group = SegmentGroups.Or, Rules = [.. rules] };

    public static SegmentRule Not(params SegmentRule[] rules) => new() { Group = SegmentGroups.Not, Rules = [.. rules] };

    public static SegmentRule Condition(string field, string @operator, object value)
    {
        return new SegmentRule { Field = field, Operator = @operator, Value = JsonSerializer.SerializeToElement(value) };
    }
}
