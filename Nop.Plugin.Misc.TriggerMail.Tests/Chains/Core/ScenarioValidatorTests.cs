using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;

[TestFixture]
public class ScenarioValidatorTests
{
    private static readonly HashSet<int> Templates = [1, 2];

    private static IEnumerable<string> Errors(ScenarioBuilder builder) =>
        ScenarioValidator.Validate(builder.Build(), Templates).Select(e => e.ToString());

    [Test]
    public void A_well_formed_chain_has_no_errors()
    {
        Assert.That(Errors(new ScenarioBuilder().Send("a", 1).WaitMinutes("w", 10).Send("b", 2)), Is.Empty);
    }

    [Test]
    public void An_unreachable_step_is_an_error_naming_it()
    {
        var builder = new ScenarioBuilder().Send("a", 1).Exit("end")
            .Add("orphan", StepKind.SendEmail, new SendEmailSettings(2), new Dictionary<string, string>());

        Assert.That(Errors(builder), Does.Contain("Step 'orphan': is unreachable from the start step"));
    }

    [Test]
    public void A_send_step_without_an_existing_template_is_an_error_naming_it()
    {
        Assert.That(Errors(new ScenarioBuilder().Send("a", 1).Send("b", 99)), Is.EqualTo(new[] { "Step 'b': template 99 does not exist" }));
    }

    [Test]
    public void A_loop_without_a_wait_is_an_error_naming_a_step_in_it()
    {
        var builder = new ScenarioBuilder()
            .If("check", new ConditionSettings(ConditionKind.CartNotEmpty), "send", "end")
            .Add("send", StepKind.SendEmail, new SendEmailSettings(1), new Dictionary<string, string> { ["next"] = "check" })
            .Exit("end");

        Assert.That(Errors(builder), Does.Contain("Step 'check': is in a loop without a wait step"));
    }

    [Test]
    public void A_loop_through_a_wait_is_allowed()
    {
        var builder = new ScenarioBuilder()
            .If("check", new ConditionSettings(ConditionKind.CartNotEmpty), "wait", "end")
            .Add("wait", StepKind.WaitDuration, new WaitDurationSettings(60), new Dictionary<string, string> { ["next"] = "check" })
            .Exit("end");

        Assert.That(Errors(builder), Is.Empty);
    }

    [Test]
    public void An_outcome_to_an_unknown_step_is_an_error_naming_both()
    {
        var builder = new ScenarioBuilder().Add("a", StepKind.SendEmail, new SendEmailSettings(1), new Dictionary<string, string> { ["next"] = "nowhere" });

        Assert.That(Errors(builder), Does.Contain("Step 'a': outcome 'next' leads to unknown step 'nowhere'"));
    }

    [Test]
    public void Every_preset_is_valid_once_its_templates_are_chosen()
    {
        foreach (var preset in ScenarioPresetCatalog.All)
        {
            var definition = ScenarioPresetCatalog.Get(preset);
            var builder = new ScenarioBuilder();
            foreach (var step in definition.Steps)
                builder.Add(step.Key, step.Kind, step.Settings is SendEmailSettings s ? s with { TemplateId = 1 } : step.Settings, step.Outcomes);

            Assert.That(Errors(builder), Is.Empty, preset.ToString());
        }
    }
}
