using Nop.Plugin.Misc.TriggerMail.Common;

namespace Nop.Plugin.Misc.TriggerMail.Delivery;

/// <summary>
/// The signed unsubscribe address of a message: one https URL serves the confirm page (GET) and RFC 8058
/// one-click (POST); the token carries the message's GUID only.
/// </summary>
public class UnsubscribeLinks
{
    public const string Purpose = "unsubscribe";

    private readonly TokenSigner _signer;

    public UnsubscribeLinks(TokenSigner signer)
    {
        _signer = signer;
    }

    public string Token(Guid messageGuid) => _signer.Sign(Purpose, messageGuid.ToString("N"));

    public Guid? MessageGuidOf(string token)
    {
        return Guid.TryParseExact(_signer.Verify(Purpose, token) ?? string.Empty, "N", out var guid) ? guid : null;
    }

    public string Url(string storeUrl, Guid messageGuid)
    {
        return storeUrl.TrimEnd('/') + "/" + TriggerMailDefaults.Routes.UnsubscribePath + "/" + Token(messageGuid);
    }

    public string Mailto(string accountEmail, Guid messageGuid)
    {
        return $"mailto:{accountEmail}?subject={Uri.EscapeDataString("unsubscribe " + Token(messageGuid))}";
    }
}
