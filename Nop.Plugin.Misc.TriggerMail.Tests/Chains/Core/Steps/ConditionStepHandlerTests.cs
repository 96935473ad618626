using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core.Steps;

[TestFixture]
public class ConditionStepHandlerTests
{
    private static async Task<string> OutcomeAsync(ConditionSettings condition, FakeCustomerFacts facts)
    {
        var scenario = new ScenarioBuilder().If("check", condition, "yes", "no").Exit("yes").Exit("no").Build();
        var result = await new ConditionStepHandler().HandleAsync(scenario.Step("check"), Contexts.For(scenario, facts, entered: Contexts.Now.AddDays(-1)));
        return result.Outcome;
    }

    [Test]
    public async Task Opened_previous_is_true_when_a_message_of_the_enrollment_was_opened()
    {
        var facts = new FakeCustomerFacts();
        facts.Engagements.Add(TrackingEventType.Open);

        Assert.That(await OutcomeAsync(new ConditionSettings(ConditionKind.OpenedPrevious), facts), Is.EqualTo(StepOutcomes.True));
    }

    [Test]
    public async Task Clicked_previous_is_false_when_the_message_was_only_opened()
    {
        var facts = new FakeCustomerFacts();
        facts.Engagements.Add(TrackingEventType.Open);

        Assert.That(await OutcomeAsync(new ConditionSettings(ConditionKind.ClickedPrevious), facts), Is.EqualTo(StepOutcomes.False));
    }

    [Test]
    public async Task Ordered_since_enrollment_sees_an_order_after_entry()
    {
        var facts = new FakeCustomerFacts { OrderedOnUtc = Contexts.Now.AddHours(-1) };

        Assert.That(await OutcomeAsync(new ConditionSettings(ConditionKind.OrderedSinceEnrollment), facts), Is.EqualTo(StepOutcomes.True));
    }

    [TestCase(99.99, "false")]
    [TestCase(100, "true")]
    public async Task Order_total_compares_with_the_amount(decimal total, string expected)
    {
        var facts = new FakeCustomerFacts { OrderTotal = total };

        Assert.That(await OutcomeAsync(new ConditionSettings(ConditionKind.OrderTotalAtLeast, Amount: 100), facts), Is.EqualTo(expected));
    }

    [Test]
    public async Task Segment_membership_asks_the_segment_port()
    {
        var facts = new FakeCustomerFacts();
        facts.Segments.Add(5);

        Assert.That(await OutcomeAsync(new ConditionSettings(ConditionKind.InSegment, SegmentId: 5), facts), Is.EqualTo(StepOutcomes.True));
    }

    [Test]
    public async Task Cart_not_empty_is_false_for_an_empty_cart()
    {
        Assert.That(await OutcomeAsync(new ConditionSettings(ConditionKind.CartNotEmpty), new FakeCustomerFacts { CartHasItems = false }), Is.EqualTo(StepOutcomes.False));
    }

    [Test]
    public async Task Product_in_stock_is_false_when_sold_out()
    {
        Assert.That(await OutcomeAsync(new ConditionSettings(ConditionKind.ProductInStock, ProductId: 9), new FakeCustomerFacts { ProductInStock = false }),
            Is.EqualTo(StepOutcomes.False));
    }
}
