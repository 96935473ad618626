using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;
using static Nop.Plugin.Misc.TriggerMail.Tests.Admin.Scenarios.ScenarioPagesWorld;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Scenarios;

[TestFixture]
public class ScenarioPagesOverHttpTests
{
    private const string Base = "/Admin/TriggerMailScenario/";

    [Test]
    public async Task The_list_shows_customers_in_flight_sends_of_the_last_7_days_and_orders_and_revenue_of_the_last_30_days()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var shop = await world.ShopAsync("Second shop");
        var template = await world.TemplateAsync("Reminder");
        var cart = await world.ScenarioAsync("Abandoned cart", TriggerKind.AbandonedCart, ScenarioStatus.Active, shop.Id, Send("email-1", template.Id));
        await world.EnrollAsync(cart, EnrollmentStatus.Waiting, 3);
        await world.EnrollAsync(cart, EnrollmentStatus.Running, 1);
        await world.EnrollAsync(cart, EnrollmentStatus.Completed, 2);
        await world.EnrollAsync(cart, EnrollmentStatus.Holdout, 1);
        await world.StatAsync(cart, 0, enrolled: 7);
        await world.StatAsync(cart, 0, "email-1", sent: 5, orders: 1, revenue: 40m);
        await world.StatAsync(cart, 6, "email-1", sent: 2);
        await world.StatAsync(cart, 7, "email-1", sent: 100, orders: 2, revenue: 30m);
        await world.StatAsync(cart, 29, "email-1", "A", sent: 1, orders: 1, revenue: 12.5m);
        await world.StatAsync(cart, 30, "email-1", sent: 50, orders: 9, revenue: 900m);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "List");

        var rows = await ListAsync(admin);

        var row = rows.Single();
        Assert.That(row.GetProperty("Name").GetString(), Is.EqualTo("Abandoned cart"));
        Assert.That(row.GetProperty("TriggerName").GetString(), Is.EqualTo("Abandoned cart"));
        Assert.That(row.GetProperty("StatusName").GetString(), Is.EqualTo("Active"));
        Assert.That(row.GetProperty("StoreName").GetString(), Is.EqualTo("Second shop"));
        Assert.That(row.GetProperty("EnrolledNow").GetInt32(), Is.EqualTo(4));
        Assert.That(row.GetProperty("SentLast7Days").GetInt32(), Is.EqualTo(7));
        Assert.That(row.GetProperty("OrdersLast30Days").GetInt32(), Is.EqualTo(4));
        Assert.That(row.GetProperty("RevenueLast30Days").GetDecimal(), Is.EqualTo(82.5m));
    }

    [Test]
    public async Task The_list_filters_by_name_trigger_status_and_store()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var shop = await world.ShopAsync("Second shop");
        var other = await world.ShopAsync("Third shop");
        await world.ScenarioAsync("Cart reminder", TriggerKind.AbandonedCart, ScenarioStatus.Active, shop.Id);
        await world.ScenarioAsync("Cart rescue (old)", TriggerKind.AbandonedCart, ScenarioStatus.Archived, 0);
        await world.ScenarioAsync("Welcome", TriggerKind.CustomerRegistered, ScenarioStatus.Active, 0);
        await world.ScenarioAsync("Birthday", TriggerKind.Birthday, ScenarioStatus.Draft, other.Id);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "List");

        var byName = Names(await ListAsync(admin, name: "Cart"));
        var byTrigger = Names(await ListAsync(admin, trigger: (int)TriggerKind.AbandonedCart));
        var drafts = Names(await ListAsync(admin, status: (int)ScenarioStatus.Draft));
        var inShop = Names(await ListAsync(admin, storeId: shop.Id));

        Assert.That(byName, Is.EqualTo(new[] { "Cart reminder", "Cart rescue (old)" }));
        Assert.That(byTrigger, Is.EqualTo(new[] { "Cart reminder", "Cart rescue (old)" }));
        Assert.That(drafts, Is.EqualTo(new[] { "Birthday" }));
        Assert.That(inShop, Is.EqualTo(new[] { "Cart reminder", "Welcome", "Cart rescue (old)" }), "scenarios for all stores run in every store; archived ones come last");
    }

    [Test]
    public async Task Creating_from_the_abandoned_cart_preset_makes_a_draft_with_the_preset_chain_and_opens_its_editor()
    {
        await using var store = await StoreHarness.StartAsync();
        await StartAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        var createPage = await admin.GetPageAsync(Base + "Create");

        var response = await admin.PostFormAsync(Base + "Create", [new("PresetId", ((int)ScenarioPreset.AbandonedCart).ToString()), new("StoreId", "0")]);

        var scenario = store.Query<Scenario>().Single();
        Assert.That(createPage, Does.Contain("Win-back").And.Contain("Review request").And.Contain("Blank scenario"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(Base + "Edit/" + scenario.Id));
        Assert.That(scenario.Status, Is.EqualTo(ScenarioStatus.Draft));
        Assert.That(scenario.TriggerKind, Is.EqualTo(TriggerKind.AbandonedCart));
        Assert.That(store.Query<ScenarioStep>(q => q.OrderBy(s => s.DisplayOrder)).Select(s => s.StepKey),
            Is.EqualTo(new[] { "reminder-1", "wait-1-day", "reminder-2-coupon" }));
        var editor = await admin.GetPageAsync(Base + "Edit/" + scenario.Id);
        Assert.That(editor, Does.Contain("id=\"chain-editor\"").And.Contain("reminder-2-coupon").And.Contain("chain-editor.js"));
    }

    [Test]
    public async Task Creating_a_blank_scenario_makes_an_empty_draft_in_the_chosen_store()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var shop = await world.ShopAsync("Second shop");
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Create");

        await admin.PostFormAsync(Base + "Create", [new("PresetId", "0"), new("StoreId", shop.Id.ToString())]);

        var scenario = store.Query<Scenario>().Single();
        Assert.That(scenario.Name, Is.EqualTo("New scenario"));
        Assert.That(scenario.StoreId, Is.EqualTo(shop.Id));
        Assert.That(scenario.Status, Is.EqualTo(ScenarioStatus.Draft));
        Assert.That(store.Query<ScenarioStep>(), Is.Empty);
    }

    [Test]
    public async Task A_chain_posted_as_json_is_saved_as_the_engines_graph_and_comes_back_in_the_editor()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var first = await world.TemplateAsync("Reminder");
        var second = await world.TemplateAsync("Coupon");
        var scenario = await world.ScenarioAsync("Cart", TriggerKind.AbandonedCart, ScenarioStatus.Draft, 0, Send("old", first.Id));
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + scenario.Id);

        var result = await AdminClient.JsonAsync(await admin.PostJsonAsync(Base + "SaveChain", Graph(scenario.Id,
            Step("email-1", StepKind.SendEmail, new SendEmailSettings(first.Id, Window: new SendWindow(9, 20, [DayOfWeek.Monday])), ("next", "condition-1")),
            Step("condition-1", StepKind.Condition, new ConditionSettings(ConditionKind.OpenedPrevious, "email-1"), ("true", "wait-1"), ("false", "exit-1")),
            Step("wait-1", StepKind.WaitDuration, new WaitDurationSettings(1440), ("next", "email-2")),
            Step("email-2", StepKind.SendEmail, new SendEmailSettings(Variants: [new EmailVariant("A", first.Id, 50), new EmailVariant("B", second.Id, 50)])),
            Step("exit-1", StepKind.Exit, new ExitSettings("not interested")))));

        Assert.That(result.GetProperty("Success").GetBoolean(), Is.True, result.ToString());
        var definition = await LoadAsync(store, scenario.Id);
        Assert.That(definition.Version, Is.EqualTo(1), "a draft nobody entered is rewritten in place");
        Assert.That(definition.StartStepKey, Is.EqualTo("email-1"));
        Assert.That(definition.Steps.Keys, Is.EquivalentTo(new[] { "email-1", "condition-1", "wait-1", "email-2", "exit-1" }));
        Assert.That(definition.Step("condition-1").Outcomes, Is.EquivalentTo(new Dictionary<string, string> { ["true"] = "wait-1", ["false"] = "exit-1" }));
        Assert.That(definition.Step("email-1").SettingsAs<SendEmailSettings>().Window.Weekdays, Is.EqualTo(new[] { DayOfWeek.Monday }));
        Assert.That(definition.Step("email-2").SettingsAs<SendEmailSettings>().Variants.Select(v => v.TemplateId), Is.EqualTo(new[] { first.Id, second.Id }));
        Assert.That(store.Query<ScenarioStep>().Select(s => s.StepKey), Does.Not.Contain("old"));
        var editor = await admin.GetPageAsync(Base + "Edit/" + scenario.Id);
        Assert.That(editor, Does.Contain("\"Key\":\"condition-1\"").And.Contain("not interested"));
    }

    [Test]
    public async Task The_editor_gets_each_steps_figures_from_the_rollup_the_enrollments_and_their_logs()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var demo = await ScenarioPagesDemo.SeedAsync(world);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync(Base + "Edit/" + demo.Cart.Id);

        var json = System.Text.RegularExpressions.Regex.Match(html, "<script type=\"application/json\" id=\"chain-editor-data\">(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var figures = JsonDocument.Parse(json).RootElement.GetProperty("Figures");
        string Line(string step) => string.Join(" ", new[] { "Entered", "Sent", "Opened", "Clicked", "Ordered" }.Select(f => figures.GetProperty(step).GetProperty(f).GetInt32()));
        Assert.That(Line("email-1"), Is.EqualTo("150 150 72 29 13"), "the start step was entered by every enrollment outside the holdout");
        Assert.That(Line("wait-1"), Is.EqualTo("150 0 0 0 0"));
        Assert.That(Line("condition-1"), Is.EqualTo("119 0 0 0 0"), "a condition was entered by those on its paths");
        Assert.That(Line("exit-1"), Is.EqualTo("29 0 0 0 0"));
        Assert.That(Line("email-2"), Is.EqualTo($"90 {demo.SecondEmailSent} 34 11 {demo.SecondEmailOrders}"));
        var variantB = JsonDocument.Parse(json).RootElement.GetProperty("VariantFigures").GetProperty("email-1").GetProperty("B");
        Assert.That(variantB.GetProperty("Sent").GetInt32(), Is.EqualTo(demo.VariantBSent));
    }

    [TestCase("unreachable", "is unreachable from the start step")]
    [TestCase("missing template", "template 999 does not exist")]
    [TestCase("loop without a wait", "is in a loop without a wait step")]
    public async Task An_invalid_chain_is_refused_with_the_engines_error_naming_the_step_and_nothing_is_saved(string problem, string error)
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var template = await world.TemplateAsync("Reminder");
        var scenario = await world.ScenarioAsync("Cart", TriggerKind.AbandonedCart, ScenarioStatus.Draft, 0, Send("email-1", template.Id));
        var steps = problem switch
        {
            "unreachable" => new[] { Step("email-1", StepKind.SendEmail, new SendEmailSettings(template.Id)), Step("email-2", StepKind.SendEmail, new SendEmailSettings(template.Id)) },
            "missing template" => [Step("email-1", StepKind.SendEmail, new SendEmailSettings(template.Id), ("next", "email-2")), Step("email-2", StepKind.SendEmail, new SendEmailSettings(999))],
            _ => [Step("email-1", StepKind.SendEmail, new SendEmailSettings(template.Id), ("next", "email-2")), Step("email-2", StepKind.SendEmail, new SendEmailSettings(template.Id), ("next", "email-1"))]
        };
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + scenario.Id);

        var result = await AdminClient.JsonAsync(await admin.PostJsonAsync(Base + "SaveChain", Graph(scenario.Id, steps)));

        Assert.That(result.GetProperty("Success").GetBoolean(), Is.False);
        var errors = result.GetProperty("Errors").EnumerateArray().Select(e => (e.GetProperty("StepKey").GetString(), e.GetProperty("Message").GetString())).ToList();
        Assert.That(errors, Does.Contain((problem == "loop without a wait" ? "email-1" : "email-2", error)));
        Assert.That(store.Query<ScenarioStep>().Select(s => s.StepKey), Is.EqualTo(new[] { "email-1" }));
    }

    [Test]
    public async Task A_step_whose_settings_do_not_parse_is_refused_with_the_step_and_the_field_named()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var scenario = await world.ScenarioAsync("Cart", TriggerKind.AbandonedCart, ScenarioStatus.Draft, 0);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + scenario.Id);

        var result = await AdminClient.JsonAsync(await admin.PostJsonAsync(Base + "SaveChain", new
        {
            ScenarioId = scenario.Id,
            Steps = new[] { new { Key = "wait-1", Kind = "WaitDuration", Name = "Wait", SettingsJson = "{\"minutes\":\"soon\"}", Outcomes = new Dictionary<string, string>() } }
        }));

        var error = result.GetProperty("Errors")[0];
        Assert.That(error.GetProperty("StepKey").GetString(), Is.EqualTo("wait-1"));
        Assert.That(error.GetProperty("Message").GetString(), Does.Contain("WaitDurationSettings").And.Contain("minutes"));
    }

    [Test]
    public async Task Saving_the_chain_of_an_active_scenario_creates_a_version_and_customers_in_flight_keep_theirs()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var template = await world.TemplateAsync("Reminder");
        var scenario = await world.ScenarioAsync("Cart", TriggerKind.AbandonedCart, ScenarioStatus.Active, 0, Send("email-1", template.Id, "wait-1"), Wait("wait-1", 60));
        await world.EnrollAsync(scenario, EnrollmentStatus.Waiting, 3, stepKey: "wait-1");
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        var before = await admin.GetPageAsync(Base + "Edit/" + scenario.Id);

        var result = await AdminClient.JsonAsync(await admin.PostJsonAsync(Base + "SaveChain", Graph(scenario.Id,
            Step("email-1", StepKind.SendEmail, new SendEmailSettings(template.Id)))));

        Assert.That(before, Does.Contain("3 customers are in flight (3 on version 1 (current)). Saving the chain creates version 2 for new entries"));
        Assert.That(result.GetProperty("Version").GetInt32(), Is.EqualTo(2));
        Assert.That(store.Query<Scenario>().Single().CurrentVersion, Is.EqualTo(2));
        Assert.That((await LoadAsync(store, scenario.Id, 1)).Steps.Keys, Is.EquivalentTo(new[] { "email-1", "wait-1" }), "version 1 is kept for the customers on it");
        Assert.That((await LoadAsync(store, scenario.Id, 2)).Steps.Keys, Is.EqualTo(new[] { "email-1" }));
        Assert.That(store.Query<Enrollment>().Select(e => e.ScenarioVersion).Distinct(), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public async Task Activating_a_draft_whose_steps_have_no_template_is_refused_with_the_steps_named_and_it_stays_a_draft()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var scenario = await world.ScenarioAsync("Cart", TriggerKind.AbandonedCart, ScenarioStatus.Draft, 0, Send("email-1", 0));
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + scenario.Id);

        var response = await admin.PostFormAsync(Base + "Activate/" + scenario.Id, []);

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("{\"StepKey\":\"email-1\",\"Message\":\"has no template\"}"), "the editor shows the error on the step");
        Assert.That(site.Notifications.Notifications.Single(n => !n.Success).Message, Does.Contain("Step 'email-1': has no template"));
        Assert.That(store.Query<Scenario>().Single().Status, Is.EqualTo(ScenarioStatus.Draft));
    }

    [Test]
    public async Task A_scenario_whose_trigger_has_no_settings_yet_is_not_activated_and_the_field_is_named()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var template = await world.TemplateAsync("We miss you");
        var scenario = await world.ScenarioAsync("Win-back", TriggerKind.Inactivity, ScenarioStatus.Draft, 0, Send("email-1", template.Id));
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + scenario.Id);

        await admin.PostFormAsync(Base + "Activate/" + scenario.Id, []);

        Assert.That(site.Notifications.Notifications.Single(n => !n.Success).Message, Does.Contain("trigger settings: triggerSettings: is empty; this trigger needs settings"));
        Assert.That(store.Query<Scenario>().Single().Status, Is.EqualTo(ScenarioStatus.Draft));
    }

    [Test]
    public async Task A_valid_draft_is_activated_then_paused_then_archived()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var template = await world.TemplateAsync("Reminder");
        var scenario = await world.ScenarioAsync("Cart", TriggerKind.AbandonedCart, ScenarioStatus.Draft, 0, Send("email-1", template.Id));
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + scenario.Id);

        var statuses = new List<ScenarioStatus>();
        foreach (var action in new[] { "Activate", "Pause", "Activate", "Archive" })
        {
            var response = await admin.PostFormAsync(Base + action + "/" + scenario.Id, []);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), action);
            statuses.Add(store.Query<Scenario>().Single().Status);
        }

        Assert.That(statuses, Is.EqualTo(new[] { ScenarioStatus.Active, ScenarioStatus.Paused, ScenarioStatus.Active, ScenarioStatus.Archived }));
        await admin.PostFormAsync(Base + "Pause/" + scenario.Id, []);
        Assert.That(store.Query<Scenario>().Single().Status, Is.EqualTo(ScenarioStatus.Archived), "an archived scenario is not paused");
    }

    [Test]
    public async Task Saved_settings_store_the_trigger_settings_entry_segment_exit_goals_holdout_and_policies()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var segment = await world.SegmentAsync("VIP");
        var scenario = await world.ScenarioAsync("Cart", TriggerKind.CustomerRegistered, ScenarioStatus.Draft, 0);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + scenario.Id);

        var response = await admin.PostFormAsync(Base + "Edit", Form(scenario.Id,
            ("TriggerKindId", "200"), ("AbandonedCartThresholdMinutes", "45"), ("EntrySegmentId", segment.Id.ToString()),
            ("ExitGoalIds", "10"), ("ExitGoalIds", "20"), ("HoldoutPercent", "10"), ("ReEntryPolicyId", "20"), ("ReEntryCooldownHours", "168"),
            ("LatenessPolicyId", "10"), ("MaxLatenessMinutes", "120")));

        var saved = store.Query<Scenario>().Single();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(saved.Name, Is.EqualTo("Cart rescue"));
        Assert.That(saved.TriggerKind, Is.EqualTo(TriggerKind.AbandonedCart));
        Assert.That(TriggerSettingsJson.Deserialize<AbandonedCartTriggerSettings>(saved.TriggerSettingsJson).ThresholdMinutes, Is.EqualTo(45));
        Assert.That(saved.EntrySegmentId, Is.EqualTo(segment.Id));
        Assert.That(StepSettingsJson.ParseExitGoals(saved.ExitGoalsJson), Is.EqualTo(new[] { ExitGoal.OrderPlaced, ExitGoal.CartEmptied }));
        Assert.That(saved.HoldoutPercent, Is.EqualTo(10));
        Assert.That(saved.ReEntryPolicy, Is.EqualTo(ReEntryPolicy.AfterCooldown));
        Assert.That(saved.ReEntryCooldownHours, Is.EqualTo(168));
        Assert.That(saved.LatenessPolicy, Is.EqualTo(LatenessPolicy.SkipStep));
        Assert.That(saved.MaxLatenessMinutes, Is.EqualTo(120));
    }

    [Test]
    public async Task Invalid_settings_come_back_with_the_error_beside_the_field_and_the_entered_values_kept()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var scenario = await world.ScenarioAsync("Cart", TriggerKind.CustomerRegistered, ScenarioStatus.Draft, 0);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Base + "Edit/" + scenario.Id);

        var holdout = await admin.PostFormAsync(Base + "Edit", Form(scenario.Id, ("TriggerKindId", "200"), ("AbandonedCartThresholdMinutes", "45"), ("HoldoutPercent", "80")));
        var threshold = await admin.PostFormAsync(Base + "Edit", Form(scenario.Id, ("TriggerKindId", "200"), ("AbandonedCartThresholdMinutes", "0")));

        var holdoutHtml = await holdout.Content.ReadAsStringAsync();
        var thresholdHtml = await threshold.Content.ReadAsStringAsync();
        Assert.That(holdoutHtml, Does.Contain("HoldoutPercent must be between 0 and 50 %; 80 was entered."));
        Assert.That(holdoutHtml, Does.Match("id=\"HoldoutPercent\"[^>]*value=\"80\"|value=\"80\"[^>]*id=\"HoldoutPercent\""));
        Assert.That(thresholdHtml, Does.Contain("thresholdMinutes must be between 1 and 129600 (90 days), was 0"));
        Assert.That(thresholdHtml, Does.Match("id=\"Name\"[^>]*value=\"Cart rescue\"|value=\"Cart rescue\"[^>]*id=\"Name\""));
        Assert.That(store.Query<Scenario>().Single().TriggerKind, Is.EqualTo(TriggerKind.CustomerRegistered), "nothing was saved");
    }

    [Test]
    public async Task The_scenario_pages_are_denied_to_an_admin_without_the_plugin_permission()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await StartAsync(store);
        var scenario = await world.ScenarioAsync("Cart", TriggerKind.AbandonedCart, ScenarioStatus.Draft, 0);
        store.Permissions.DeniedToCurrentCustomer.Add(TriggerMailDefaults.Permissions.Manage);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var list = await admin.Http.GetAsync(Base + "List");
        var edit = await admin.Http.GetAsync(Base + "Edit/" + scenario.Id);
        var save = await admin.PostJsonAsync(Base + "SaveChain", Graph(scenario.Id, Step("email-1", StepKind.Exit, new ExitSettings())));
        var grid = await admin.PostFormAsync(Base + "List", [new("SearchStatusId", "-1")], ajax: true);

        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(list.Headers.Location!.ToString(), Does.StartWith(AdminSite.AccessDeniedPath));
        Assert.That(edit.Headers.Location!.ToString(), Does.StartWith(AdminSite.AccessDeniedPath));
        Assert.That((await AdminClient.JsonAsync(save)).TryGetProperty("error", out _), Is.True);
        Assert.That((await AdminClient.JsonAsync(grid)).TryGetProperty("error", out _), Is.True);
        Assert.That(store.Query<ScenarioStep>(), Is.Empty);
    }

    private static async Task<List<JsonElement>> ListAsync(AdminClient admin, string name = "", int trigger = 0, int status = -1, int storeId = 0)
    {
        var response = await admin.PostFormAsync(Base + "List", [
            new("SearchName", name), new("SearchTriggerKindId", trigger.ToString()), new("SearchStatusId", status.ToString()),
            new("SearchStoreId", storeId.ToString()), new("draw", "1"), new("start", "0"), new("length", "15")
        ], ajax: true);
        return (await AdminClient.JsonAsync(response)).GetProperty("Data").EnumerateArray().ToList();
    }

    private static string[] Names(List<JsonElement> rows) => rows.Select(r => r.GetProperty("Name").GetString()).ToArray();

    private static IEnumerable<KeyValuePair<string, string>> Form(int id, params (string Field, string Value)[] fields)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("Id", id.ToString()), new("Name", "Cart rescue"), new("StoreId", "0"), new("CategoryId", "20"), new("ReEntryPolicyId", "10"),
            new("LatenessPolicyId", "0"), new("TrackingEnabled", "true")
        };
        foreach (var (field, value) in fields)
        {
            if (field != "ExitGoalIds")
                form.RemoveAll(f => f.Key == field);
            form.Add(new(field, value));
        }

        return form;
    }

    private static object Graph(int scenarioId, params object[] steps) => new { ScenarioId = scenarioId, Steps = steps };

    private static object Step(string key, StepKind kind, object settings, params (string Outcome, string Target)[] outcomes) => new
    {
        Key = key,
        Kind = kind.ToString(),
        Name = key,
        SettingsJson = StepSettingsJson.Write(settings),
        Outcomes = outcomes.ToDictionary(o => o.Outcome, o => o.Target)
    };

    private static async Task<ScenarioDefinition> LoadAsync(StoreHarness store, int scenarioId, int? version = null)
    {
        using var scope = store.CreateScope();
        var current = version ?? store.Query<Scenario>(q => q.Where(s => s.Id == scenarioId)).Single().CurrentVersion;
        return await scope.ServiceProvider.GetRequiredService<ScenarioDefinitionLoader>().GetAsync(scenarioId, current);
    }
}
