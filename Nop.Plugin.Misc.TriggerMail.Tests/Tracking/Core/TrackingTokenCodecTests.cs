using System.Buffers.Binary;
using System.Security.Cryptography;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Tracking.Core;

[TestFixture]
public class TrackingTokenCodecTests
{
    private static readonly string Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly TrackingToken Token = new(4711, Guid.NewGuid(), 3);

    [Test]
    public void A_token_decodes_to_what_was_encoded()
    {
        var codec = new TrackingTokenCodec(Secret);

        var decoded = codec.TryDecode(TrackingPurpose.Click, codec.Encode(TrackingPurpose.Click, Token), out var token);

        Assert.That(decoded, Is.True);
        Assert.That(token, Is.EqualTo(Token));
    }

    [Test]
    public void Tokens_are_url_safe_and_short()
    {
        var text = new TrackingTokenCodec(Secret).Encode(TrackingPurpose.Click, Token);

        Assert.That(text, Does.Match("^[A-Za-z0-9_-]{54}$"));
    }

    [Test]
    public void A_token_from_an_email_sent_before_tokens_carried_the_message_id_still_decodes()
    {
        var guid = Guid.NewGuid();

        var decoded = new TrackingTokenCodec(Secret).TryDecode(TrackingPurpose.Click, GuidOnlyToken(TrackingPurpose.Click, guid, 2), out var token);

        Assert.That(decoded, Is.True);
        Assert.That(token, Is.EqualTo(new TrackingToken(0, guid, 2)));
        Assert.That(token.HasMessageId, Is.False);
    }

    [Test]
    public void A_guid_only_open_token_cannot_be_used_as_a_click_token()
    {
        var text = GuidOnlyToken(TrackingPurpose.Open, Guid.NewGuid(), 0);

        Assert.That(new TrackingTokenCodec(Secret).TryDecode(TrackingPurpose.Click, text, out _), Is.False);
    }

    [Test]
    public void A_token_without_a_message_id_is_not_encoded()
    {
        var error = Assert.Throws<ArgumentException>(() => new TrackingTokenCodec(Secret).Encode(TrackingPurpose.Open, new TrackingToken(0, Guid.NewGuid(), 0)));

        Assert.That(error.Message, Does.Contain("message id"));
    }

    [Test]
    public void An_altered_token_is_refused()
    {
        var codec = new TrackingTokenCodec(Secret);
        var text = codec.Encode(TrackingPurpose.Click, Token).ToCharArray();
        text[25] = text[25] == 'A' ? 'B' : 'A';

        Assert.That(codec.TryDecode(TrackingPurpose.Click, new string(text), out _), Is.False);
    }

    [Test]
    public void A_token_signed_with_another_secret_is_refused()
    {
        var other = new TrackingTokenCodec(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        Assert.That(new TrackingTokenCodec(Secret).TryDecode(TrackingPurpose.Click, other.Encode(TrackingPurpose.Click, Token), out _), Is.False);
    }

    [Test]
    public void An_open_token_cannot_be_used_as_a_click_token()
    {
        var codec = new TrackingTokenCodec(Secret);

        Assert.That(codec.TryDecode(TrackingPurpose.Click, codec.Encode(TrackingPurpose.Open, Token), out _), Is.False);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not-a-token")]
    [TestCase("1")]
    [TestCase("../../etc/passwd")]
    public void Garbage_is_refused_without_an_exception(string text)
    {
        Assert.That(new TrackingTokenCodec(Secret).TryDecode(TrackingPurpose.Open, text, out var token), Is.False);
        Assert.That(token, Is.Null);
    }

    [Test]
    public void An_empty_secret_is_refused_with_the_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => new TrackingTokenCodec(""));

        Assert.That(error.Message, Does.Contain("token secret"));
    }

    /// <summary>The first token format, as emails sent before it changed carry it: guid, position, tag over purpose and both.</summary>
    internal static string GuidOnlyToken(TrackingPurpose purpose, Guid guid, int linkIndex, string secret = null)
    {
        var bytes = new byte[36];
        guid.TryWriteBytes(bytes.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16, 4), linkIndex);
        var signed = new byte[21];
        signed[0] = (byte)purpose;
        bytes.AsSpan(0, 20).CopyTo(signed.AsSpan(1));
        HMACSHA256.HashData(Convert.FromBase64String(secret ?? Secret), signed).AsSpan(0, 16).CopyTo(bytes.AsSpan(20));
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
