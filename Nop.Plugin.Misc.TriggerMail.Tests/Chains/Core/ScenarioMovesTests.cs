using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;

[TestFixture]
public class ScenarioMovesTests
{
    [TestCase(ScenarioStatus.Draft, ScenarioStatus.Draft, false)]
    [TestCase(ScenarioStatus.Draft, ScenarioStatus.Active, true)]
    [TestCase(ScenarioStatus.Draft, ScenarioStatus.Paused, false)]
    [TestCase(ScenarioStatus.Draft, ScenarioStatus.Archived, true)]
    [TestCase(ScenarioStatus.Active, ScenarioStatus.Draft, false)]
    [TestCase(ScenarioStatus.Active, ScenarioStatus.Active, true)]
    [TestCase(ScenarioStatus.Active, ScenarioStatus.Paused, true)]
    [TestCase(ScenarioStatus.Active, ScenarioStatus.Archived, true)]
    [TestCase(ScenarioStatus.Paused, ScenarioStatus.Draft, false)]
    [TestCase(ScenarioStatus.Paused, ScenarioStatus.Active, true)]
    [TestCase(ScenarioStatus.Paused, ScenarioStatus.Paused, false)]
    [TestCase(ScenarioStatus.Paused, ScenarioStatus.Archived, true)]
    [TestCase(ScenarioStatus.Archived, ScenarioStatus.Draft, false)]
    [TestCase(ScenarioStatus.Archived, ScenarioStatus.Active, false)]
    [TestCase(ScenarioStatus.Archived, ScenarioStatus.Paused, false)]
    [TestCase(ScenarioStatus.Archived, ScenarioStatus.Archived, false)]
    public void ScenarioMoves_FromTo_AllowedAsTheTableSays(ScenarioStatus from, ScenarioStatus to, bool expected)
    {
        var allowed = ScenarioMoves.IsAllowed(from, to);

        Assert.That(allowed, Is.EqualTo(expected));
    }

    [Test]
    public void ScenarioMoves_TheTableAbove_CoversEveryPairOfStatuses()
    {
        var pairs = typeof(ScenarioMovesTests).GetMethod(nameof(ScenarioMoves_FromTo_AllowedAsTheTableSays))!
            .GetCustomAttributes(typeof(TestCaseAttribute), false).Cast<TestCaseAttribute>()
            .Select(t => ((ScenarioStatus)t.Arguments[0]!, (ScenarioStatus)t.Arguments[1]!));

        var expected = Enum.GetValues<ScenarioStatus>().SelectMany(from => Enum.GetValues<ScenarioStatus>().Select(to => (from, to)));
        Assert.That(pairs, Is.EquivalentTo(expected));
    }
}
