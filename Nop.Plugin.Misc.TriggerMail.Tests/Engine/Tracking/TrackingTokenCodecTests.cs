using System.Security.Cryptography;
using Nop.Plugin.Misc.TriggerMail.Engine.Tracking;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Engine.Tracking;

[TestFixture]
public class TrackingTokenCodecTests
{
    private static readonly string Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly TrackingToken Token = new(Guid.NewGuid(), 3);

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

        Assert.That(text, Does.Match("^[A-Za-z0-9_-]{48}$"));
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
}
