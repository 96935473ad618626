using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Delivery.Core;

[TestFixture]
public class DeliveryRetryPolicyTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [TestCase(1, 1)]
    [TestCase(2, 5)]
    [TestCase(3, 15)]
    [TestCase(4, 60)]
    [TestCase(7, 240)]
    public void A_transient_failure_backs_off(int attemptsMade, int minutes)
    {
        Assert.That(DeliveryRetryPolicy.NextAttempt(attemptsMade, 10, false, Now), Is.EqualTo(Now.AddMinutes(minutes)));
    }

    [Test]
    public void No_retry_after_the_last_allowed_attempt()
    {
        Assert.That(DeliveryRetryPolicy.NextAttempt(5, 5, false, Now), Is.Null);
    }

    [Test]
    public void No_retry_after_a_permanent_rejection()
    {
        Assert.That(DeliveryRetryPolicy.NextAttempt(1, 5, true, Now), Is.Null);
    }

    [TestCase("550 5.1.1 <x@y.test>: Recipient address rejected", true)]
    [TestCase("5.7.1 Message rejected as spam", true)]
    [TestCase("421 4.7.0 Try again later", false)]
    [TestCase("Connection refused", false)]
    [TestCase("The operation has timed out after 1500 ms", false)]
    public void Smtp_errors_are_told_apart_by_their_reply(string message, bool permanent)
    {
        Assert.That(SmtpFailure.IsPermanent(new InvalidOperationException(message)), Is.EqualTo(permanent));
    }

    [Test]
    public void A_status_code_property_decides_when_present()
    {
        Assert.That(SmtpFailure.IsPermanent(new FakeSmtpCommandException(451, "550 in the text but 451 in the status")), Is.False);
        Assert.That(SmtpFailure.IsPermanent(new FakeSmtpCommandException(554, "rejected")), Is.True);
    }

    private sealed class FakeSmtpCommandException(int statusCode, string message) : Exception(message)
    {
        public int StatusCode { get; } = statusCode;
    }
}
