using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Common.Core;

[TestFixture]
public class MoveTableTests
{
    public enum Light { Red, Green, Off }

    private static readonly MoveTable<Light> Table = new((Light.Red, Light.Green), (Light.Green, Light.Red), (Light.Green, Light.Off));

    [TestCase(Light.Red, Light.Green, true)]
    [TestCase(Light.Green, Light.Off, true)]
    [TestCase(Light.Red, Light.Off, false)]
    [TestCase(Light.Off, Light.Red, false)]
    [TestCase(Light.Red, Light.Red, false)]
    public void A_move_is_allowed_only_when_the_table_lists_it(Light from, Light to, bool allowed)
    {
        var answer = Table.IsAllowed(from, to);

        Assert.That(answer, Is.EqualTo(allowed));
    }

    [TestCase(Light.Off, true)]
    [TestCase(Light.Red, false)]
    [TestCase(Light.Green, false)]
    public void A_status_is_final_when_the_table_allows_no_move_out_of_it(Light status, bool final)
    {
        var answer = Table.IsFinal(status);

        Assert.That(answer, Is.EqualTo(final));
    }

    [Test]
    public void The_final_statuses_of_each_status_type_are_the_documented_ones()
    {
        var enrollments = Enum.GetValues<EnrollmentStatus>().Where(EnrollmentMoves.IsFinal);
        var scenarios = Enum.GetValues<ScenarioStatus>().Where(ScenarioMoves.IsFinal);
        var messages = Enum.GetValues<MessageStatus>().Where(MessageMoves.IsFinal);

        Assert.That(enrollments, Is.EquivalentTo(new[] { EnrollmentStatus.Completed, EnrollmentStatus.Exited, EnrollmentStatus.Failed, EnrollmentStatus.Holdout }));
        Assert.That(scenarios, Is.EquivalentTo(new[] { ScenarioStatus.Archived }));
        Assert.That(messages, Is.EquivalentTo(new[] { MessageStatus.Sent, MessageStatus.Failed, MessageStatus.Suppressed }));
    }
}
