using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Delivery.Core;

[TestFixture]
public class MessageMovesTests
{
    [TestCase(MessageStatus.Pending, MessageStatus.Pending, false)]
    [TestCase(MessageStatus.Pending, MessageStatus.Sending, true)]
    [TestCase(MessageStatus.Pending, MessageStatus.Sent, false)]
    [TestCase(MessageStatus.Pending, MessageStatus.Failed, false)]
    [TestCase(MessageStatus.Pending, MessageStatus.Suppressed, false)]
    [TestCase(MessageStatus.Sending, MessageStatus.Pending, true)]
    [TestCase(MessageStatus.Sending, MessageStatus.Sending, false)]
    [TestCase(MessageStatus.Sending, MessageStatus.Sent, true)]
    [TestCase(MessageStatus.Sending, MessageStatus.Failed, true)]
    [TestCase(MessageStatus.Sending, MessageStatus.Suppressed, true)]
    [TestCase(MessageStatus.Sent, MessageStatus.Pending, false)]
    [TestCase(MessageStatus.Sent, MessageStatus.Sending, false)]
    [TestCase(MessageStatus.Sent, MessageStatus.Sent, false)]
    [TestCase(MessageStatus.Sent, MessageStatus.Failed, false)]
    [TestCase(MessageStatus.Sent, MessageStatus.Suppressed, false)]
    [TestCase(MessageStatus.Failed, MessageStatus.Pending, false)]
    [TestCase(MessageStatus.Failed, MessageStatus.Sending, false)]
    [TestCase(MessageStatus.Failed, MessageStatus.Sent, false)]
    [TestCase(MessageStatus.Failed, MessageStatus.Failed, false)]
    [TestCase(MessageStatus.Failed, MessageStatus.Suppressed, false)]
    [TestCase(MessageStatus.Suppressed, MessageStatus.Pending, false)]
    [TestCase(MessageStatus.Suppressed, MessageStatus.Sending, false)]
    [TestCase(MessageStatus.Suppressed, MessageStatus.Sent, false)]
    [TestCase(MessageStatus.Suppressed, MessageStatus.Failed, false)]
    [TestCase(MessageStatus.Suppressed, MessageStatus.Suppressed, false)]
    public void MessageMoves_FromTo_AllowedAsTheTableSays(MessageStatus from, MessageStatus to, bool expected)
    {
        var allowed = MessageMoves.IsAllowed(from, to);

        Assert.That(allowed, Is.EqualTo(expected));
    }

    [Test]
    public void MessageMoves_TheTableAbove_CoversEveryPairOfStatuses()
    {
        var pairs = typeof(MessageMovesTests).GetMethod(nameof(MessageMoves_FromTo_AllowedAsTheTableSays))!
            .GetCustomAttributes(typeof(TestCaseAttribute), false).Cast<TestCaseAttribute>()
            .Select(t => ((MessageStatus)t.Arguments[0]!, (MessageStatus)t.Arguments[1]!));

        var expected = Enum.GetValues<MessageStatus>().SelectMany(from => Enum.GetValues<MessageStatus>().Select(to => (from, to)));
        Assert.That(pairs, Is.EquivalentTo(expected));
    }
}
