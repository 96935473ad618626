using System.Text.Json;

namespace Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;

/// <summary>
/// The address a trigger says to write to when the customer record has none: a guest's abandoned cart carries the
/// billing email of her started checkout. Null for every other trigger, and for payloads that cannot be read.
/// </summary>
public static class TriggerRecipient
{
    public static string GuestEmailOf(TriggerKind kind, string payloadJson)
    {
        if (kind != TriggerKind.AbandonedCart)
            return null;

        try
        {
            return TriggerPayloadJson.Deserialize<AbandonedCartPayload>(payloadJson) is { IsGuest: true, Email: { Length: > 0 } email } ? email : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
