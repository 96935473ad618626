using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

/// <summary>
/// The one (de)serializer of <c>TriggerInboxItem.PayloadJson</c>: camelCase, nulls left out.
/// </summary>
public static class TriggerPayloadJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull
    };

    public static string Serialize<TPayload>(TPayload payload) => JsonSerializer.Serialize(payload, Options);

    public static TPayload Deserialize<TPayload>(string json) =>
        string.IsNullOrWhiteSpace(json) ? default : JsonSerializer.Deserialize<TPayload>(json, Options);
}
