using Nop.Plugin.Misc.TriggerMail.Common;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Common;

[TestFixture]
public class TokenSignerTests
{
    private readonly TokenSigner _signer = new(new TriggerMailSettings { TokenSecret = "secret-one" });

    [Test]
    public void A_signed_payload_verifies_for_its_purpose()
    {
        var token = _signer.Sign("unsubscribe", "0f8fad5bd9cb469fa16570867728950e");

        Assert.That(_signer.Verify("unsubscribe", token), Is.EqualTo("0f8fad5bd9cb469fa16570867728950e"));
    }

    [Test]
    public void A_token_signed_for_another_purpose_is_refused()
    {
        var token = _signer.Sign("click", "payload");

        Assert.That(_signer.Verify("unsubscribe", token), Is.Null);
    }

    [Test]
    public void A_token_signed_with_another_secret_is_refused()
    {
        var token = new TokenSigner(new TriggerMailSettings { TokenSecret = "secret-two" }).Sign("unsubscribe", "payload");

        Assert.That(_signer.Verify("unsubscribe", token), Is.Null);
    }

    [TestCase("")]
    [TestCase("no-dot")]
    [TestCase(".")]
    [TestCase("cGF5bG9hZA.")]
    [TestCase("cGF5bG9hZA.AAAA")]
    [TestCase("!!!.???")]
    public void A_malformed_or_forged_token_is_refused(string token)
    {
        Assert.That(_signer.Verify("unsubscribe", token), Is.Null);
    }

    [Test]
    public void A_payload_changed_after_signing_is_refused()
    {
        var token = _signer.Sign("unsubscribe", "payload-a");
        var forged = _signer.Sign("unsubscribe", "payload-b").Split('.')[0] + "." + token.Split('.')[1];

        Assert.That(_signer.Verify("unsubscribe", forged), Is.Null);
    }
}
