using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;

[TestFixture]
public class ChainRunnerTests
{
    private readonly ChainRunner _runner = ChainRunner.CreateDefault();

    [Test]
    public async Task Runner_advances_through_instant_steps_and_stops_at_the_first_wait()
    {
        var scenario = new ScenarioBuilder().Send("welcome-1", 1).WaitMinutes("wait", 60).Send("welcome-2", 2).Build();

        var plan = await _runner.RunAsync("welcome-1", Contexts.For(scenario, new FakeCustomerFacts()));

        Assert.That(plan.Emails.Select(e => e.StepKey), Is.EqualTo(new[] { "welcome-1" }));
        Assert.That(plan.StepKey, Is.EqualTo("wait"));
        Assert.That(plan.Stop.Kind, Is.EqualTo(StepResultKind.WaitUntil));
        Assert.That(plan.Stop.WakeOnUtc, Is.EqualTo(Contexts.Now.AddMinutes(60)));
        Assert.That(plan.StepEnteredOnUtc, Is.EqualTo(Contexts.Now));
    }

    [Test]
    public async Task Runner_completes_the_chain_after_the_last_step()
    {
        var scenario = new ScenarioBuilder().WaitMinutes("wait", 60).Send("welcome-2", 2).Build();

        var plan = await _runner.RunAsync("wait", Contexts.For(scenario, new FakeCustomerFacts(), entered: Contexts.Now.AddHours(-1)));

        Assert.That(plan.Completed, Is.True);
        Assert.That(plan.Emails.Single().Email.TemplateId, Is.EqualTo(2));
        Assert.That(plan.Trail, Is.EqualTo(new[] { "wait", "welcome-2" }));
    }

    [Test]
    public async Task Runner_follows_the_branch_the_condition_chose()
    {
        var scenario = new ScenarioBuilder()
            .If("cart?", new ConditionSettings(ConditionKind.CartNotEmpty), "remind", "bye")
            .Send("remind", 1)
            .Exit("bye", "cart emptied")
            .Build();

        var plan = await _runner.RunAsync("cart?", Contexts.For(scenario, new FakeCustomerFacts { CartHasItems = false }));

        Assert.That(plan.Stop.Kind, Is.EqualTo(StepResultKind.Exit));
        Assert.That(plan.Stop.Reason, Is.EqualTo("cart emptied"));
        Assert.That(plan.Emails, Is.Empty);
    }

    [Test]
    public async Task Runner_exits_before_any_step_once_an_exit_goal_is_met()
    {
        var scenario = new ScenarioBuilder().ExitWhen(ExitGoal.OrderPlaced).Send("reminder", 1).Build();
        var facts = new FakeCustomerFacts { OrderedOnUtc = Contexts.Now };

        var plan = await _runner.RunAsync("reminder", Contexts.For(scenario, facts, entered: Contexts.Now.AddHours(-1)));

        Assert.That(plan.Stop.Reason, Is.EqualTo("goal reached: OrderPlaced"));
        Assert.That(plan.Emails, Is.Empty);
    }

    [Test]
    public async Task Runner_yields_after_its_step_allowance()
    {
        var scenario = new ScenarioBuilder().Send("a", 1).Send("b", 2).Send("c", 3).Build();

        var plan = await new ChainRunner([new SendEmailStepHandler()], maxStepsPerRun: 2)
            .RunAsync("a", Contexts.For(scenario, new FakeCustomerFacts()));

        Assert.That(plan.Yielded, Is.True);
        Assert.That(plan.StepKey, Is.EqualTo("c"));
        Assert.That(plan.Emails, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Runner_fails_without_retry_on_a_step_missing_from_the_version()
    {
        var scenario = new ScenarioBuilder().Send("a", 1).Build();

        var plan = await _runner.RunAsync("gone", Contexts.For(scenario, new FakeCustomerFacts()));

        Assert.That(plan.Stop.Kind, Is.EqualTo(StepResultKind.Fail));
        Assert.That(plan.Stop.Retryable, Is.False);
        Assert.That(plan.Stop.Reason, Does.Contain("'gone'"));
    }
}
