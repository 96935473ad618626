using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Tracking.Core;

[TestFixture]
public class MachineTrafficClassifierTests
{
    private const string DesktopChrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    private const string IPhoneMail = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";

    private readonly MachineTrafficClassifier _classifier = new();

    [Test]
    public void A_person_opening_hours_later_is_human()
    {
        var verdict = _classifier.Classify(new TrackingRequest(TrackingEventType.Open, IPhoneMail, "81.2.69.142", TimeSpan.FromHours(3), 0));

        Assert.That(verdict.IsMachine, Is.False);
    }

    [TestCase("Mozilla/5.0", "81.2.69.142")]
    [TestCase(DesktopChrome, "17.58.101.12")]
    public void Apple_privacy_protection_prefetch_is_flagged(string agent, string ip)
    {
        var verdict = _classifier.Classify(new TrackingRequest(TrackingEventType.Open, agent, ip, TimeSpan.FromMinutes(1), 0));

        Assert.That(verdict.IsMachine, Is.True);
        Assert.That(verdict.Reason, Does.Contain("Apple"));
    }

    [Test]
    public void A_click_seconds_after_sending_is_a_link_scanner()
    {
        var verdict = _classifier.Classify(new TrackingRequest(TrackingEventType.Click, DesktopChrome, "81.2.69.142", TimeSpan.FromSeconds(3), 0));

        Assert.That(verdict.IsMachine, Is.True);
    }

    [Test]
    public void A_burst_of_clicks_on_every_link_is_a_link_scanner()
    {
        var verdict = _classifier.Classify(new TrackingRequest(TrackingEventType.Click, DesktopChrome, "81.2.69.142", TimeSpan.FromMinutes(20), 2));

        Assert.That(verdict.IsMachine, Is.True);
        Assert.That(verdict.Reason, Does.Contain("3 links"));
    }

    [TestCase("python-requests/2.31")]
    [TestCase("Mozilla/5.0 (compatible; Barracuda Sentinel)")]
    [TestCase("")]
    public void Automated_clients_are_flagged(string agent)
    {
        var verdict = _classifier.Classify(new TrackingRequest(TrackingEventType.Click, agent, "81.2.69.142", TimeSpan.FromHours(1), 0));

        Assert.That(verdict.IsMachine, Is.True);
    }

    [Test]
    public void A_single_click_a_while_after_sending_is_human()
    {
        var verdict = _classifier.Classify(new TrackingRequest(TrackingEventType.Click, DesktopChrome, "81.2.69.142", TimeSpan.FromMinutes(20), 0));

        Assert.That(verdict, Is.EqualTo(TrafficVerdict.Human));
    }
}
