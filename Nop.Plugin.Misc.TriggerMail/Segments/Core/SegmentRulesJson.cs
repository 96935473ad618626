using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

/// <summary>
/// The one JSON shape of a rule tree: camelCase properties, nulls left out, e.g.
/// <c>{"group":"and","rules":[{"field":"orders.count","operator":"gte","value":3,"paidOnly":true}]}</c>.
/// </summary>
public static class SegmentRulesJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull
    };

    public static string Serialize(SegmentRule root) => JsonSerializer.Serialize(root, Options);

    /// <exception cref="JsonException">The text is not a JSON rule tree.</exception>
    public static SegmentRule Parse(string json)
    {
        return JsonSerializer.Deserialize<SegmentRule>(json, Options)
            ?? throw new JsonException("The rules are empty (null).");
    }
}
