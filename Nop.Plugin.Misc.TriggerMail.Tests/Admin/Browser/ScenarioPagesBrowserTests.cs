using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Admin.Scenarios;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Browser;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;
using OpenQA.Selenium;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Browser;

[TestFixture]
[NonParallelizable]
public class ScenarioPagesBrowserTests
{
    [Test]
    public async Task An_admin_builds_a_three_step_abandoned_cart_chain_with_a_branch_and_the_engine_loads_exactly_that_graph()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await ScenarioPagesWorld.StartAsync(store);
        var reminder = await world.TemplateAsync("Cart reminder");
        var coupon = await world.TemplateAsync("Last chance coupon");
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open("/Admin/TriggerMailScenario/List");
        browser.Click("#add-scenario");
        browser.Click("#preset-0");
        browser.Wait(d => d.Url.Contains("/Admin/TriggerMailScenario/Edit/"), "the new scenario's editor");
        browser.Type("#Name", "Cart rescue");
        browser.Select("#TriggerKindId", "Abandoned cart");
        browser.Type("#AbandonedCartThresholdMinutes", "90");
        AddStep(browser, "main", 0, "SendEmail");
        browser.Type(".ce-node[data-key='email-1'] .ce-name", "First reminder");
        browser.Select(".ce-node[data-key='email-1'] .ce-template", "Cart reminder");
        AddStep(browser, "main", 1, "WaitDuration");
        browser.Type(".ce-node[data-key='wait-1'] .ce-wait-amount", "2");
        AddStep(browser, "main", 2, "Condition");
        browser.Select(".ce-node[data-key='condition-1'] .ce-condition", "Clicked an email");
        browser.Select(".ce-node[data-key='condition-1'] .ce-step-key", "First reminder");
        AddStep(browser, "condition-1.true", 0, "Exit");
        browser.Type(".ce-node[data-key='exit-1'] .ce-reason", "clicked the reminder");
        AddStep(browser, "condition-1.false", 0, "SendEmail");
        browser.Type(".ce-node[data-key='email-2'] .ce-name", "Last chance");
        browser.Click(".ce-save");
        browser.WaitForText(".ce-node[data-key='email-2'] .ce-node-errors", "has no template");
        var stepsAfterRefusal = browser.FindAll(".ce-node").Count;
        browser.Select(".ce-node[data-key='email-2'] .ce-template", "Last chance coupon");
        browser.Click(".ce-node[data-key='email-2'] .ce-coupon");
        browser.Click(".ce-save");
        browser.WaitForText(".ce-status", "saved as version 1");
        browser.Click("#save-scenario");
        browser.WaitForText(".alert-success", "The scenario has been saved.");

        var scenario = store.Query<Scenario>().Single();
        Assert.That(stepsAfterRefusal, Is.EqualTo(5), "a refused chain keeps every step the admin built");
        Assert.That(scenario.Name, Is.EqualTo("Cart rescue"));
        Assert.That(scenario.TriggerKind, Is.EqualTo(TriggerKind.AbandonedCart));
        Assert.That(TriggerSettingsJson.Deserialize<AbandonedCartTriggerSettings>(scenario.TriggerSettingsJson).ThresholdMinutes, Is.EqualTo(90));
        var expected = new[]
        {
            new StepDefinition("email-1", StepKind.SendEmail, new SendEmailSettings(reminder.Id), Outcomes(("next", "wait-1")), "First reminder"),
            new StepDefinition("wait-1", StepKind.WaitDuration, new WaitDurationSettings(2 * 24 * 60), Outcomes(("next", "condition-1")), "wait-1"),
            new StepDefinition("condition-1", StepKind.Condition, new ConditionSettings(ConditionKind.ClickedPrevious, "email-1"),
                Outcomes(("true", "exit-1"), ("false", "email-2")), "condition-1"),
            new StepDefinition("exit-1", StepKind.Exit, new ExitSettings("clicked the reminder"), Outcomes(), "exit-1"),
            new StepDefinition("email-2", StepKind.SendEmail, new SendEmailSettings(coupon.Id, CouponSlot: true), Outcomes(), "Last chance")
        };
        using var scope = store.CreateScope();
        var definition = await scope.ServiceProvider.GetRequiredService<ScenarioDefinitionLoader>().GetAsync(scenario.Id, scenario.CurrentVersion);
        var stored = store.Query<ScenarioStep>(q => q.Where(s => s.ScenarioVersion == scenario.CurrentVersion).OrderBy(s => s.DisplayOrder)).Select(s => s.StepKey);
        Assert.That(definition.StartStepKey, Is.EqualTo("email-1"));
        Assert.That(stored, Is.EqualTo(expected.Select(s => s.Key)));
        Assert.That(definition.Steps.Values.Select(Describe), Is.EquivalentTo(expected.Select(Describe)));
        Assert.That(browser.ConsoleErrors().Where(e => !e.Contains("favicon.ico")), Is.Empty);
    }

    [Test]
    public async Task An_admin_splits_a_send_step_into_an_ab_test_sets_its_send_window_reorders_removes_and_adds_steps()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await ScenarioPagesWorld.StartAsync(store);
        var classic = await world.TemplateAsync("Classic");
        var grid = await world.TemplateAsync("Product grid");
        var followUp = await world.TemplateAsync("Follow-up");
        var scenario = await world.ScenarioAsync("Welcome", TriggerKind.CustomerRegistered, ScenarioStatus.Draft, 0,
            ScenarioPagesWorld.Send("email-1", classic.Id, "wait-1"), ScenarioPagesWorld.Wait("wait-1", 60, "email-2"), ScenarioPagesWorld.Send("email-2", followUp.Id));
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open("/Admin/TriggerMailScenario/Edit/" + scenario.Id);
        browser.Click(".ce-node[data-key='email-1'] .ce-node-title");
        browser.Click(".ce-node[data-key='email-1'] .ce-ab-split");
        browser.Select(".ce-variant[data-variant='B'] .ce-variant-template-select", "Product grid");
        browser.Type(".ce-variant[data-variant='A'] .ce-variant-weight", "70");
        browser.Type(".ce-variant[data-variant='B'] .ce-variant-weight", "30");
        browser.Click(".ce-node[data-key='email-1'] .ce-window-on");
        browser.Type(".ce-node[data-key='email-1'] .ce-window-start", "9");
        browser.Type(".ce-node[data-key='email-1'] .ce-window-end", "18");
        browser.Click(".ce-node[data-key='email-1'] .ce-window-days input[data-day='Monday']");
        browser.Click(".ce-node[data-key='email-2'] .ce-move-up");
        browser.Click(".ce-node[data-key='wait-1'] .ce-remove");
        AddStep(browser, "main", 2, "WaitUntilTime");
        browser.Type(".ce-node[data-key='wait-until-1'] .ce-hour", "10");
        browser.Click(".ce-node[data-key='wait-until-1'] .ce-until-days input[data-day='Saturday']");
        browser.Click(".ce-save");
        browser.WaitForText(".ce-status", "saved as version 1");

        var expected = new[]
        {
            new StepDefinition("email-1", StepKind.SendEmail, new SendEmailSettings(classic.Id,
                [new EmailVariant("A", classic.Id, 70), new EmailVariant("B", grid.Id, 30)], Window: new SendWindow(9, 18, [DayOfWeek.Monday])),
                Outcomes(("next", "email-2")), "email-1"),
            new StepDefinition("email-2", StepKind.SendEmail, new SendEmailSettings(followUp.Id), Outcomes(("next", "wait-until-1")), "email-2"),
            new StepDefinition("wait-until-1", StepKind.WaitUntilTime, new WaitUntilTimeSettings(10, 0, [DayOfWeek.Saturday]), Outcomes(), "wait-until-1")
        };
        using var scope = store.CreateScope();
        var definition = await scope.ServiceProvider.GetRequiredService<ScenarioDefinitionLoader>().GetAsync(scenario.Id, 1);
        Assert.That(store.Query<ScenarioStep>(q => q.OrderBy(s => s.DisplayOrder)).Select(s => s.StepKey), Is.EqualTo(expected.Select(s => s.Key)));
        Assert.That(definition.Steps.Values.Select(Describe), Is.EquivalentTo(expected.Select(Describe)));
        Assert.That(browser.ConsoleErrors().Where(e => !e.Contains("favicon.ico")), Is.Empty);
    }

    [Test]
    public async Task An_admin_waits_for_a_click_with_both_paths_and_branches_on_the_order_total_and_the_engine_loads_exactly_that_graph()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await ScenarioPagesWorld.StartAsync(store);
        var welcome = await world.TemplateAsync("Welcome");
        var scenario = await world.ScenarioAsync("Welcome", TriggerKind.CustomerRegistered, ScenarioStatus.Draft, 0,
            ScenarioPagesWorld.Send("email-1", welcome.Id, name: "Welcome mail"));
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open("/Admin/TriggerMailScenario/Edit/" + scenario.Id);
        AddStep(browser, "main", 1, "WaitForEvent");
        browser.Select(".ce-node[data-key='wait-for-1'] .ce-event", "Clicked an email");
        browser.Select(".ce-node[data-key='wait-for-1'] .ce-step-key", "Welcome mail");
        browser.Type(".ce-node[data-key='wait-for-1'] .ce-timeout-amount", "2");
        AddStep(browser, "wait-for-1.happened", 0, "Exit");
        AddStep(browser, "wait-for-1.timeout", 0, "Condition");
        browser.Select(".ce-node[data-key='condition-1'] .ce-condition", "Ordered at least (total)");
        browser.Type(".ce-node[data-key='condition-1'] .ce-amount", "50");
        AddStep(browser, "condition-1.true", 0, "Exit");
        AddStep(browser, "condition-1.false", 0, "Exit");
        browser.Click(".ce-save");
        browser.WaitForText(".ce-status", "saved as version 1");

        var expected = new[]
        {
            new StepDefinition("email-1", StepKind.SendEmail, new SendEmailSettings(welcome.Id), Outcomes(("next", "wait-for-1")), "Welcome mail"),
            new StepDefinition("wait-for-1", StepKind.WaitForEvent, new WaitForEventSettings(AwaitedEvent.Clicked, 2 * 24 * 60, "email-1"),
                Outcomes(("happened", "exit-1"), ("timeout", "condition-1")), "wait-for-1"),
            new StepDefinition("exit-1", StepKind.Exit, new ExitSettings(), Outcomes(), "exit-1"),
            new StepDefinition("condition-1", StepKind.Condition, new ConditionSettings(ConditionKind.OrderTotalAtLeast, Amount: 50),
                Outcomes(("true", "exit-2"), ("false", "exit-3")), "condition-1"),
            new StepDefinition("exit-2", StepKind.Exit, new ExitSettings(), Outcomes(), "exit-2"),
            new StepDefinition("exit-3", StepKind.Exit, new ExitSettings(), Outcomes(), "exit-3")
        };
        using var scope = store.CreateScope();
        var definition = await scope.ServiceProvider.GetRequiredService<ScenarioDefinitionLoader>().GetAsync(scenario.Id, 1);
        Assert.That(store.Query<ScenarioStep>(q => q.OrderBy(s => s.DisplayOrder)).Select(s => s.StepKey), Is.EqualTo(expected.Select(s => s.Key)));
        Assert.That(definition.Steps.Values.Select(Describe), Is.EquivalentTo(expected.Select(Describe)));
        Assert.That(browser.ConsoleErrors().Where(e => !e.Contains("favicon.ico")), Is.Empty);
    }

    [Test]
    public async Task The_list_and_the_chain_editor_show_each_scenarios_live_numbers()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await ScenarioPagesWorld.StartAsync(store);
        var demo = await ScenarioPagesDemo.SeedAsync(world);
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address, 1500, 1000);

        browser.Open("/Admin/TriggerMailScenario/List");
        browser.Wait(d => d.FindElements(By.CssSelector("#scenarios-grid[data-loaded]")).Count > 0, "the scenario grid to load");
        var row = browser.Wait(d => d.FindElements(By.XPath("//table[@id='scenarios-grid']//tr[td/a[text()='Abandoned cart rescue']]")).FirstOrDefault(), "the cart scenario's row");
        var cells = row.FindElements(By.TagName("td")).Select(c => c.Text).ToList();
        browser.Screenshot("scenario-list");
        browser.Open("/Admin/TriggerMailScenario/Edit/" + demo.Cart.Id);
        browser.Click(".ce-node[data-key='email-1'] .ce-node-title");
        var sent = browser.Find(".ce-node[data-key='email-2'] .ce-stat-sent b").Text;
        var ordered = browser.Find(".ce-node[data-key='email-2'] .ce-stat-ordered b").Text;
        var entered = browser.Find(".ce-node[data-key='wait-1'] .ce-stat-entered b").Text;
        var variantB = browser.Find(".ce-node[data-key='email-1'] .ce-variant[data-variant='B'] .ce-variant-figures").Text;
        var inFlight = browser.Find("#in-flight-notice").Text;
        browser.Screenshot("chain-editor");

        Assert.That(cells.Skip(4).Take(4), Is.EqualTo(new[]
        {
            demo.CartInFlight.ToString(), demo.CartSentLast7Days.ToString(), demo.CartOrdersLast30Days.ToString(),
            demo.CartRevenueLast30Days.ToString("N2", System.Globalization.CultureInfo.InvariantCulture)
        }));
        Assert.That(cells[0], Is.EqualTo("Abandoned cart rescue"));
        Assert.That(cells[2], Is.EqualTo("Active"));
        Assert.That(sent, Is.EqualTo(demo.SecondEmailSent.ToString()));
        Assert.That(ordered, Is.EqualTo(demo.SecondEmailOrders.ToString()));
        Assert.That(entered, Is.EqualTo(demo.WaitEntered.ToString()));
        Assert.That(variantB, Does.StartWith(demo.VariantBSent + " sent"));
        Assert.That(inFlight, Does.Contain(demo.CartInFlight + " customers are in flight"));
        Assert.That(browser.ConsoleErrors().Where(e => !e.Contains("favicon.ico")), Is.Empty);
    }

    private static void AddStep(BrowserSession browser, string list, int index, string kind)
    {
        browser.Click($".ce-add[data-list='{list}'][data-index='{index}']");
        browser.Click($".ce-add-menu:not([hidden]) .ce-add-kind[data-kind='{kind}']");
    }

    private static IReadOnlyDictionary<string, string> Outcomes(params (string Outcome, string Target)[] outcomes) =>
        outcomes.ToDictionary(o => o.Outcome, o => o.Target);

    private static string Describe(StepDefinition step) =>
        $"{step.Key} {step.Kind} '{step.Name}' {StepSettingsJson.Write(step.Settings)} {StepSettingsJson.WriteOutcomes(new SortedDictionary<string, string>(step.Outcomes.ToDictionary(o => o.Key, o => o.Value)))}";
}
