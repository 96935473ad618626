using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Nop.Plugin.Misc.TriggerMail.Engine.Tracking;

/// <summary>
/// Opaque, URL-safe tokens for the open pixel and click redirects: the message guid and link position, with an
/// HMAC-SHA256 tag (truncated to 128 bits) over the purpose and payload, keyed by the install's secret. A token
/// for an open cannot be replayed as a click, and no token can be forged or altered without the secret.
/// </summary>
public sealed class TrackingTokenCodec
{
    private const int PayloadLength = 20;
    private const int TagLength = 16;

    private readonly byte[] _key;

    public TrackingTokenCodec(string base64Secret)
    {
        if (string.IsNullOrWhiteSpace(base64Secret))
            throw new ArgumentException("The token secret is empty: reinstall the plugin or set TokenSecret.", nameof(base64Secret));

        _key = Convert.FromBase64String(base64Secret);
        if (_key.Length < 16)
            throw new ArgumentException("The token secret must be at least 128 bits.", nameof(base64Secret));
    }

    public string Encode(TrackingPurpose purpose, TrackingToken token)
    {
        Span<byte> buffer = stackalloc byte[PayloadLength + TagLength];
        token.MessageGuid.TryWriteBytes(buffer[..16]);
        BinaryPrimitives.WriteInt32BigEndian(buffer[16..PayloadLength], token.LinkIndex);
        Tag(purpose, buffer[..PayloadLength], buffer[PayloadLength..]);
        return Base64Url(buffer);
    }

    public bool TryDecode(TrackingPurpose purpose, string text, out TrackingToken token)
    {
        token = null;
        if (string.IsNullOrEmpty(text) || text.Length > 64)
            return false;

        Span<byte> buffer = stackalloc byte[PayloadLength + TagLength];
        if (!TryFromBase64Url(text, buffer))
            return false;

        Span<byte> expected = stackalloc byte[TagLength];
        Tag(purpose, buffer[..PayloadLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, buffer[PayloadLength..]))
            return false;

        token = new TrackingToken(new Guid(buffer[..16]), BinaryPrimitives.ReadInt32BigEndian(buffer[16..PayloadLength]));
        return true;
    }

    private void Tag(TrackingPurpose purpose, ReadOnlySpan<byte> payload, Span<byte> tag)
    {
        Span<byte> message = stackalloc byte[1 + PayloadLength];
        message[0] = (byte)purpose;
        payload.CopyTo(message[1..]);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, message, hash);
        hash[..TagLength].CopyTo(tag);
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes)
    {
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static bool TryFromBase64Url(string text, Span<byte> destination)
    {
        var padded = new StringBuilder(text.Replace('-', '+').Replace('_', '/'));
        while (padded.Length % 4 != 0)
            padded.Append('=');

        return Convert.TryFromBase64String(padded.ToString(), destination, out var written) && written == destination.Length;
    }
}
