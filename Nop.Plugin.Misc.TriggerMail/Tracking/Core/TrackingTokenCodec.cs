using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Nop.Plugin.Misc.TriggerMail.Tracking.Core;

/// <summary>
/// Opaque, URL-safe tokens for the open pixel and click redirects: the message id, guid and link position, with an
/// HMAC-SHA256 tag (truncated to 128 bits) over the purpose and payload, keyed by the install's secret. A token
/// for an open cannot be replayed as a click, and no token can be forged or altered without the secret.
/// The id lets the endpoints count an open without reading the message; tokens of the first format (guid and
/// position only, 48 characters) are still accepted, so links in emails already sent keep working.
/// </summary>
public sealed class TrackingTokenCodec
{
    private const int PayloadLength = 24;
    private const int LegacyPayloadLength = 20;
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
        ArgumentNullException.ThrowIfNull(token);
        if (!token.HasMessageId)
            throw new ArgumentException("A tracking token needs the message id.", nameof(token));

        Span<byte> buffer = stackalloc byte[PayloadLength + TagLength];
        token.MessageGuid.TryWriteBytes(buffer[..16]);
        BinaryPrimitives.WriteInt32BigEndian(buffer[16..20], token.LinkIndex);
        BinaryPrimitives.WriteInt32BigEndian(buffer[20..PayloadLength], token.MessageId);
        Tag(purpose, buffer[..PayloadLength], buffer[PayloadLength..]);
        return Base64Url(buffer);
    }

    public bool TryDecode(TrackingPurpose purpose, string text, out TrackingToken token)
    {
        token = null;
        var payloadLength = text?.Length switch
        {
            54 => PayloadLength,
            48 => LegacyPayloadLength,
            _ => 0
        };
        if (payloadLength == 0)
            return false;

        Span<byte> buffer = stackalloc byte[payloadLength + TagLength];
        if (!TryFromBase64Url(text, buffer))
            return false;

        Span<byte> expected = stackalloc byte[TagLength];
        Tag(purpose, buffer[..payloadLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, buffer[payloadLength..]))
            return false;

        var messageId = payloadLength == PayloadLength ? BinaryPrimitives.ReadInt32BigEndian(buffer[20..PayloadLength]) : 0;
        if (payloadLength == PayloadLength && messageId <= 0)
            return false;

        token = new TrackingToken(messageId, new Guid(buffer[..16]), BinaryPrimitives.ReadInt32BigEndian(buffer[16..20]));
        return true;
    }

    // The purpose byte keeps open and click tokens apart; the payload's length keeps the two formats apart.
    private void Tag(TrackingPurpose purpose, ReadOnlySpan<byte> payload, Span<byte> tag)
    {
        Span<byte> message = stackalloc byte[1 + payload.Length];
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
        Span<char> padded = stackalloc char[(text.Length + 3) / 4 * 4];
        for (var i = 0; i < padded.Length; i++)
            padded[i] = i >= text.Length ? '=' : text[i] switch { '-' => '+', '_' => '/', var c => c };

        return Convert.TryFromBase64Chars(padded, destination, out var written) && written == destination.Length;
    }
}
