using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core.Steps;

[TestFixture]
public class WaitStepHandlerTests
{
    [Test]
    public async Task Wait_duration_counts_from_the_moment_the_step_was_reached()
    {
        var scenario = new ScenarioBuilder().WaitMinutes("wait", 90).Build();
        var entered = Contexts.Now.AddMinutes(-30);

        var result = await new WaitDurationStepHandler().HandleAsync(scenario.Step("wait"), Contexts.For(scenario, new FakeCustomerFacts(), entered: entered));

        Assert.That(result.Kind, Is.EqualTo(StepResultKind.WaitUntil));
        Assert.That(result.WakeOnUtc, Is.EqualTo(entered.AddMinutes(90)));
    }

    [Test]
    public async Task Wait_duration_goes_on_once_the_time_has_passed()
    {
        var scenario = new ScenarioBuilder().WaitMinutes("wait", 90).Build();

        var result = await new WaitDurationStepHandler().HandleAsync(scenario.Step("wait"),
            Contexts.For(scenario, new FakeCustomerFacts(), entered: Contexts.Now.AddMinutes(-90)));

        Assert.That(result.Kind, Is.EqualTo(StepResultKind.Next));
    }

    [TestCase(2026, 3, 2, 10, 0, 2026, 3, 3, 8, 0, TestName = "Local 9:00 already passed today in Berlin: tomorrow 9:00 CET")]
    [TestCase(2026, 3, 2, 6, 0, 2026, 3, 2, 8, 0, TestName = "Local 9:00 still ahead today in Berlin: today 9:00 CET")]
    [TestCase(2026, 3, 28, 10, 0, 2026, 3, 29, 7, 0, TestName = "Across the spring DST change: 9:00 CEST is 7:00 UTC")]
    public async Task Wait_until_local_time_wakes_at_the_customers_local_time(int y, int mo, int d, int h, int mi, int ey, int emo, int ed, int eh, int emi)
    {
        var scenario = new ScenarioBuilder().WaitUntilLocal("morning", 9).Build();
        var entered = new DateTime(y, mo, d, h, mi, 0, DateTimeKind.Utc);

        var result = await new WaitUntilTimeStepHandler().HandleAsync(scenario.Step("morning"),
            Contexts.For(scenario, new FakeCustomerFacts(), now: entered, entered: entered));

        Assert.That(result.WakeOnUtc, Is.EqualTo(new DateTime(ey, emo, ed, eh, emi, 0, DateTimeKind.Utc)));
    }

    [Test]
    public async Task Wait_until_local_time_keeps_to_the_weekdays()
    {
        var scenario = new ScenarioBuilder().WaitUntilLocal("saturday", 10, 0, DayOfWeek.Saturday).Build();

        var result = await new WaitUntilTimeStepHandler().HandleAsync(scenario.Step("saturday"), Contexts.For(scenario, new FakeCustomerFacts()));

        Assert.That(result.WakeOnUtc, Is.EqualTo(new DateTime(2026, 3, 7, 9, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public async Task Wait_for_event_goes_on_by_happened_when_the_message_was_opened()
    {
        var scenario = new ScenarioBuilder().WaitFor("opened?", AwaitedEvent.OpenedOrClicked, 2 * 24 * 60, "a", "b").Send("a", 1).Send("b", 2).Build();
        var facts = new FakeCustomerFacts();
        facts.Engagements.Add(TrackingEventType.Open);

        var result = await new WaitForEventStepHandler().HandleAsync(scenario.Step("opened?"), Contexts.For(scenario, facts));

        Assert.That(result.Outcome, Is.EqualTo(StepOutcomes.Happened));
    }

    [Test]
    public async Task Wait_for_event_polls_until_the_timeout_and_then_goes_on_by_timeout()
    {
        var scenario = new ScenarioBuilder().WaitFor("ordered?", AwaitedEvent.Ordered, 3 * 24 * 60, "a", "b").Send("a", 1).Send("b", 2).Build();
        var entered = Contexts.Now;

        var polling = await new WaitForEventStepHandler().HandleAsync(scenario.Step("ordered?"), Contexts.For(scenario, new FakeCustomerFacts(), entered: entered));
        var timedOut = await new WaitForEventStepHandler().HandleAsync(scenario.Step("ordered?"),
            Contexts.For(scenario, new FakeCustomerFacts(), now: entered.AddDays(3), entered: entered));

        Assert.That(polling.WakeOnUtc, Is.EqualTo(entered.AddHours(1)));
        Assert.That(timedOut.Outcome, Is.EqualTo(StepOutcomes.Timeout));
    }

    [Test]
    public async Task Exit_step_leaves_with_its_reason()
    {
        var scenario = new ScenarioBuilder().Exit("stop", "not interested").Build();

        var result = await new ExitStepHandler().HandleAsync(scenario.Step("stop"), Contexts.For(scenario, new FakeCustomerFacts()));

        Assert.That(result.Kind, Is.EqualTo(StepResultKind.Exit));
        Assert.That(result.Reason, Is.EqualTo("not interested"));
    }
}
