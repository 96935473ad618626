using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Tracking.Core;

[TestFixture]
public class TrackingDecisionTests
{
    [TestCase(true, true, true, true)]
    [TestCase(false, true, true, false)]
    [TestCase(true, false, true, false)]
    [TestCase(true, true, false, false)]
    [TestCase(false, false, false, false)]
    public void TrackingDecision_InstallStoreAndScenarioSwitches_TrackOnlyWhenAllAreOn(bool install, bool store, bool scenario, bool expected)
    {
        var tracked = TrackingDecision.IsTracked(install, store, scenario);

        Assert.That(tracked, Is.EqualTo(expected));
    }
}
