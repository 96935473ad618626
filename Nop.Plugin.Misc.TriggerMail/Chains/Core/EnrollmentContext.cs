using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Chains.Core;

/// <summary>
/// What the enrollment remembers of the trigger that started it (stored as the enrollment's ContextJson).
/// <see cref="Email"/> is set only when the trigger names an address the customer record lacks (a guest's checkout email).
/// </summary>
public sealed record EnrollmentContext(TriggerKind Trigger, int? EntityId, DateTime OccurredOnUtc, string Email = null)
{
    public int? OrderId => TriggerKinds.OrderOf(Trigger, EntityId);

    public int? ShipmentId => TriggerKinds.ShipmentOf(Trigger, EntityId);

    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, StepSettingsJson.Options);

    public static EnrollmentContext FromJson(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return null;
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<EnrollmentContext>(json, StepSettingsJson.Options);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
