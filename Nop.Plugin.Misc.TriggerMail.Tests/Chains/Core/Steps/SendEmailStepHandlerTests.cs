using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core.Steps;

[TestFixture]
public class SendEmailStepHandlerTests
{
    private readonly SendEmailStepHandler _handler = new();

    private Task<StepResult> HandleAsync(ScenarioDefinition scenario, FakeCustomerFacts facts, DateTime? now = null, SendRules rules = null, DateTime? due = null) =>
        _handler.HandleAsync(scenario.Step(scenario.StartStepKey), Contexts.For(scenario, facts, now, rules: rules, due: due));

    [Test]
    public async Task A_send_step_hands_its_template_to_delivery_and_goes_on()
    {
        var scenario = new ScenarioBuilder().Send("welcome", templateId: 3).Build();

        var result = await HandleAsync(scenario, new FakeCustomerFacts());

        Assert.That(result.Kind, Is.EqualTo(StepResultKind.Next));
        Assert.That(result.Email, Is.EqualTo(new EmailToSend(3, null)));
    }

    [Test]
    public async Task A_step_whose_message_row_exists_goes_on_without_a_second_email()
    {
        var scenario = new ScenarioBuilder().Send("welcome", templateId: 3).Build();
        var facts = new FakeCustomerFacts();
        facts.ExistingMessages.Add("welcome");

        var result = await HandleAsync(scenario, facts);

        Assert.That(result.Kind, Is.EqualTo(StepResultKind.Next));
        Assert.That(result.Email, Is.Null);
    }

    [Test]
    public async Task A_variant_step_gives_the_same_enrollment_the_same_variant_every_time()
    {
        var scenario = new ScenarioBuilder().SendVariants("ab", new EmailVariant("A", 10, 50), new EmailVariant("B", 11, 50)).Build();

        var first = await HandleAsync(scenario, new FakeCustomerFacts());
        var second = await HandleAsync(scenario, new FakeCustomerFacts());

        Assert.That(second.Email, Is.EqualTo(first.Email));
        Assert.That(first.Email.VariantKey, Is.AnyOf("A", "B"));
    }

    [Test]
    public async Task Marketing_in_quiet_hours_waits_until_they_end_in_the_customers_zone()
    {
        var scenario = new ScenarioBuilder().Send("promo", templateId: 3).Build();
        var lateEveningInBerlin = new DateTime(2026, 3, 2, 21, 30, 0, DateTimeKind.Utc);

        var result = await HandleAsync(scenario, new FakeCustomerFacts(), lateEveningInBerlin, new SendRules(21, 8, 0));

        Assert.That(result.Kind, Is.EqualTo(StepResultKind.WaitUntil));
        Assert.That(result.WakeOnUtc, Is.EqualTo(new DateTime(2026, 3, 3, 7, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public async Task Transactional_email_ignores_quiet_hours()
    {
        var scenario = new ScenarioBuilder().Transactional().Send("receipt", templateId: 3).Build();
        var lateEveningInBerlin = new DateTime(2026, 3, 2, 21, 30, 0, DateTimeKind.Utc);

        var result = await HandleAsync(scenario, new FakeCustomerFacts(), lateEveningInBerlin, new SendRules(21, 8, 16));

        Assert.That(result.Kind, Is.EqualTo(StepResultKind.Next));
    }

    [Test]
    public async Task Frequency_cap_defers_marketing_until_the_slot_reopens()
    {
        var scenario = new ScenarioBuilder().TriggeredBy(TriggerKind.AbandonedCart).Send("reminder", templateId: 3).Build();
        var facts = new FakeCustomerFacts { LastMarketingOnUtc = Contexts.Now.AddHours(-4) };

        var result = await HandleAsync(scenario, facts, rules: new SendRules(0, 0, 16));

        Assert.That(result.Kind, Is.EqualTo(StepResultKind.WaitUntil));
        Assert.That(result.WakeOnUtc, Is.EqualTo(Contexts.Now.AddHours(12)));
    }

    [Test]
    public async Task Live_check_exits_instead_of_sending_when_the_cart_is_empty()
    {
        var scenario = new ScenarioBuilder().Send("reminder", 3, null, LiveCheck.CartNotEmpty).Build();

        var result = await HandleAsync(scenario, new FakeCustomerFacts { CartHasItems = false });

        Assert.That(result.Kind, Is.EqualTo(StepResultKind.Exit));
        Assert.That(result.Reason, Is.EqualTo("the cart is empty"));
    }

    [Test]
    public async Task A_step_later_than_the_scenarios_lateness_is_skipped_when_the_policy_says_so()
    {
        var scenario = new ScenarioBuilder().SkipStepsLaterThan(60).Send("promo", templateId: 3).Build();

        var result = await HandleAsync(scenario, new FakeCustomerFacts(), due: Contexts.Now.AddDays(-1));

        Assert.That(result.Kind, Is.EqualTo(StepResultKind.Next));
        Assert.That(result.Email, Is.Null);
        Assert.That(result.Reason, Does.StartWith("skipped"));
    }

    [Test]
    public async Task A_late_step_is_still_sent_under_the_send_late_policy()
    {
        var scenario = new ScenarioBuilder().Send("promo", templateId: 3).Build();

        var result = await HandleAsync(scenario, new FakeCustomerFacts(), due: Contexts.Now.AddDays(-1));

        Assert.That(result.Email, Is.EqualTo(new EmailToSend(3, null)));
    }

    [Test]
    public async Task A_customer_without_an_email_address_leaves_the_chain()
    {
        var scenario = new ScenarioBuilder().Send("promo", templateId: 3).Build();

        var result = await HandleAsync(scenario, new FakeCustomerFacts { Customer = new CustomerProfile(7, "", null) });

        Assert.That(result.Kind, Is.EqualTo(StepResultKind.Exit));
    }
}
