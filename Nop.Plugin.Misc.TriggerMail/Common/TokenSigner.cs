using System.Security.Cryptography;
using System.Text;

namespace Nop.Plugin.Misc.TriggerMail.Common;

/// <summary>
/// Signs a payload for one purpose (unsubscribe, click, open…) with the install's secret: HMAC-SHA256 over
/// purpose and payload, so a token for one purpose is worthless for another. Tokens carry GUIDs or other
/// unguessable payloads, never sequential ids; verification compares in constant time.
/// </summary>
public class TokenSigner
{
    private readonly byte[] _key;

    public TokenSigner(TriggerMailSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings?.TokenSecret))
            throw new InvalidOperationException($"{nameof(TriggerMailSettings)}.{nameof(TriggerMailSettings.TokenSecret)} is empty: reinstall the plugin or set a secret.");
        _key = Encoding.UTF8.GetBytes(settings.TokenSecret);
    }

    public string Sign(string purpose, string payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        ArgumentNullException.ThrowIfNull(payload);
        return Base64Url(Encoding.UTF8.GetBytes(payload)) + "." + Base64Url(Mac(purpose, payload));
    }

    /// <summary>The payload of a token signed for <paramref name="purpose"/>, or null when it is malformed or forged.</summary>
    public string Verify(string purpose, string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
            return null;

        var dot = token.IndexOf('.');
        if (dot <= 0 || dot == token.Length - 1)
            return null;

        var payloadBytes = FromBase64Url(token[..dot]);
        var mac = FromBase64Url(token[(dot + 1)..]);
        if (payloadBytes is null || mac is null)
            return null;

        string payload;
        try
        {
            payload = new UTF8Encoding(false, true).GetString(payloadBytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(mac, Mac(purpose, payload)) ? payload : null;
    }

    private byte[] Mac(string purpose, string payload)
    {
        return HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose + "\n" + payload));
    }

    private static string Base64Url(byte[] bytes)
    {
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
