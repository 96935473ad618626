using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;
using static Nop.Plugin.Misc.TriggerMail.Tests.Segments.SegmentData;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

[TestFixture]
public class SegmentPagesOverHttpTests
{
    private const string Page = "/Admin/TriggerMailSegment";

    private static readonly SegmentRule Repeat = SegmentRule.And(SegmentRule.Condition("orders.count", "gte", 2));

    /// <summary>Ann: 2 orders in store 1, country 1. Bob: 1 order in store 1, 2 in store 2, country 2. Cy: no orders.</summary>
    private static async Task<StoreHarness> SeededStoreAsync()
    {
        var store = await StoreHarness.StartAsync();
        var ann = await CustomerAsync(store, "ann@x.test", c => { c.FirstName = "Ann"; c.LastName = "Lee"; c.CountryId = 1; });
        var bob = await CustomerAsync(store, "bob@x.test", c => { c.FirstName = "Bob"; c.CountryId = 2; });
        await CustomerAsync(store, "cy@x.test", c => c.CountryId = 1);
        await OrderAsync(store, ann, 40m, daysAgo: 30);
        await OrderAsync(store, ann, 35m, daysAgo: 3);
        await OrderAsync(store, bob, 10m, daysAgo: 5);
        await OrderAsync(store, bob, 20m, daysAgo: 4, storeId: 2);
        await OrderAsync(store, bob, 30m, daysAgo: 2, storeId: 2);
        await SubscribeAsync(store, "cy@x.test", listId: 1);
        return store;
    }

    private static async Task<Segment> SegmentAsync(StoreHarness store, string name, SegmentRule rules, string description = null)
    {
        using var scope = store.CreateScope();
        var segment = new Segment { Name = name, Description = description, RulesJson = SegmentRulesJson.Serialize(rules) };
        await scope.ServiceProvider.GetRequiredService<SegmentService>().SaveAsync(segment);
        return segment;
    }

    private static Task<Scenario> ScenarioAsync(StoreHarness store, string name, int? entrySegmentId = null)
    {
        return store.InsertAsync(new Scenario
        {
            Name = name, TriggerKind = TriggerKind.CustomerRegistered, Category = ScenarioCategory.Marketing, Status = ScenarioStatus.Active,
            EntrySegmentId = entrySegmentId, CurrentVersion = 1, CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow
        }, publishEvent: false);
    }

    private static async Task<int> EngineCountAsync(StoreHarness store, SegmentRule rules, int storeId = 0)
    {
        using var scope = store.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SegmentService>().CountAsync(rules, storeId);
    }

    private static string HiddenValue(string html, string id)
    {
        var input = Regex.Match(html, $"<input[^>]*id=\"{id}\"[^>]*>").Value;
        return WebUtility.HtmlDecode(Regex.Match(input, "value=\"([^\"]*)\"").Groups[1].Value);
    }

    [Test]
    public async Task The_list_gives_each_segment_its_cached_count_when_it_was_counted_and_the_scenarios_using_it()
    {
        await using var store = await SeededStoreAsync();
        var repeat = await SegmentAsync(store, "Repeat buyers", Repeat, "Two orders or more");
        await SegmentAsync(store, "Everyone", SegmentRule.And());
        await ScenarioAsync(store, "Loyalty thanks", repeat.Id);
        await ScenarioAsync(store, "Unrelated");
        var branching = await ScenarioAsync(store, "VIP branch");
        await store.InsertAsync(new ScenarioStep
        {
            ScenarioId = branching.Id, ScenarioVersion = 1, StepKey = "is-repeat", StepKind = StepKind.Condition,
            SettingsJson = StepSettingsJson.Write(new ConditionSettings(ConditionKind.InSegment, SegmentId: repeat.Id)), OutcomesJson = "{}"
        }, publishEvent: false);
        using (var scope = store.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SegmentService>().CountAsync(repeat.Id, refresh: true);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page + "/List");

        var json = await AdminClient.JsonAsync(await admin.PostFormAsync(Page + "/List", [new("Start", "0"), new("Length", "15")], ajax: true));

        var rows = json.GetProperty("Data").EnumerateArray().ToDictionary(r => r.GetProperty("Name").GetString());
        Assert.That(rows.Keys, Is.EquivalentTo(new[] { "Repeat buyers", "Everyone" }));
        Assert.That(rows["Repeat buyers"].GetProperty("CachedCount").GetInt32(), Is.EqualTo(await EngineCountAsync(store, Repeat)));
        Assert.That(rows["Repeat buyers"].GetProperty("CountedOnUtc").GetDateTime(), Is.EqualTo(store.Clock.UtcNow));
        Assert.That(rows["Repeat buyers"].GetProperty("Description").GetString(), Is.EqualTo("Two orders or more"));
        Assert.That(rows["Repeat buyers"].GetProperty("ScenarioCount").GetInt32(), Is.EqualTo(2));
        Assert.That(rows["Repeat buyers"].GetProperty("ScenarioNames").GetString(), Is.EqualTo("Loyalty thanks, VIP branch"));
        Assert.That(rows["Everyone"].GetProperty("CachedCount").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(rows["Everyone"].GetProperty("ScenarioCount").GetInt32(), Is.EqualTo(0));
        Assert.That(json.GetProperty("RecordsTotal").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task Recount_counts_the_segment_again_and_stores_the_count_in_its_cache()
    {
        await using var store = await SeededStoreAsync();
        var segment = await SegmentAsync(store, "Repeat buyers", Repeat);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page + "/List");

        var json = await AdminClient.JsonAsync(await admin.PostFormAsync($"{Page}/Recount/{segment.Id}", [], ajax: true));

        Assert.That(json.GetProperty("Count").GetInt32(), Is.EqualTo(await EngineCountAsync(store, Repeat)));
        var stored = store.Query<Segment>().Single();
        Assert.That((stored.CachedCount, stored.CountedOnUtc), Is.EqualTo(((int?)2, (DateTime?)store.Clock.UtcNow)));
    }

    [Test]
    public async Task Saving_valid_rules_from_the_form_stores_exactly_the_json_the_engine_parses()
    {
        await using var store = await SeededStoreAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page + "/Create");
        const string posted = """
            { "group": "or", "rules": [
                { "group": "and", "rules": [ { "field": "profile.country", "operator": "in", "value": [1] },
                                              { "field": "orders.count", "operator": "gte", "value": 2, "paidOnly": true } ] },
                { "group": "not", "rules": [ { "field": "profile.newsletter", "operator": "in", "value": [1] } ] } ] }
            """;

        var response = await admin.PostFormAsync(Page + "/Create", [new("Name", " Locals or lapsed "), new("Description", "Test"), new("RulesJson", posted)]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var segment = store.Query<Segment>().Single();
        Assert.That(segment.Name, Is.EqualTo("Locals or lapsed"));
        Assert.That(segment.Description, Is.EqualTo("Test"));
        Assert.That(segment.RulesJson, Is.EqualTo(SegmentRulesJson.Serialize(SegmentRulesJson.Parse(posted))));
        Assert.That(segment.RulesJson, Does.StartWith("{\"group\":\"or\",\"rules\":[{\"group\":\"and\""));
        Assert.That(site.Notifications.Notifications.Single(), Is.EqualTo((true, "The segment has been added.")));
    }

    [Test]
    public async Task Invalid_rules_come_back_with_the_error_naming_the_field_and_the_entered_rules_kept()
    {
        await using var store = await SeededStoreAsync();
        var segment = await SegmentAsync(store, "Repeat buyers", Repeat);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync($"{Page}/Edit/{segment.Id}");
        const string posted = """{"group":"and","rules":[{"field":"profile.active","operator":"is","value":true},{"field":"orders.totalSpent","operator":"gte","value":"lots"}]}""";

        var response = await admin.PostFormAsync(Page + "/Edit", [new("Id", segment.Id.ToString()), new("Name", "Big spenders"), new("RulesJson", posted)]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain("rules[1]: 'orders.totalSpent' gte: the value \"lots\" is not an amount"));
        Assert.That(HiddenValue(html, "RulesJson"), Is.EqualTo(posted));
        Assert.That(HiddenValue(html, "Name"), Is.EqualTo("Big spenders"));
        var errors = JsonDocument.Parse(Regex.Match(html, "id=\"segment-rule-errors\">(.*?)</script>").Groups[1].Value).RootElement;
        Assert.That(errors[0].GetProperty("Path").GetString(), Is.EqualTo("rules[1]"));
        Assert.That(store.Query<Segment>().Single().RulesJson, Is.EqualTo(SegmentRulesJson.Serialize(Repeat)), "nothing was saved");
    }

    [Test]
    public async Task A_segment_without_a_name_is_refused_with_the_field_named()
    {
        await using var store = await SeededStoreAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page + "/Create");

        var response = await admin.PostFormAsync(Page + "/Create", [new("Name", ""), new("RulesJson", SegmentRulesJson.Serialize(Repeat))]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("Name: a segment needs a name."));
        Assert.That(store.Query<Segment>(), Is.Empty);
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    public async Task The_live_count_equals_the_engine_count_of_the_seeded_store(int storeId)
    {
        await using var store = await SeededStoreAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page + "/Create");
        var rules = SegmentRule.Or(
            SegmentRule.And(SegmentRule.Condition("profile.country", "in", new[] { 1 }), SegmentRule.Condition("orders.count", "gte", 2)),
            SegmentRule.Not(SegmentRule.Condition("profile.newsletter", "in", new[] { 1 })));

        var json = await AdminClient.JsonAsync(await admin.PostJsonAsync(Page + "/Count", new { RulesJson = SegmentRulesJson.Serialize(rules), StoreId = storeId }));

        var expected = await EngineCountAsync(store, rules, storeId);
        Assert.That(json.GetProperty("Count").GetInt32(), Is.EqualTo(expected));
        Assert.That(json.GetProperty("Errors").GetArrayLength(), Is.EqualTo(0));
    }

    [Test]
    public async Task The_live_count_of_invalid_rules_is_the_rule_models_errors_with_path_and_field()
    {
        await using var store = await SeededStoreAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page + "/Create");
        const string rules = """{"group":"or","rules":[{"field":"profile.active","operator":"is","value":true},{"group":"and","rules":[{"field":"orders.count","operator":"gte"}]}]}""";

        var json = await AdminClient.JsonAsync(await admin.PostJsonAsync(Page + "/Count", new { RulesJson = rules, StoreId = 0 }));

        Assert.That(json.GetProperty("Count").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var error = json.GetProperty("Errors").EnumerateArray().Single();
        Assert.That(error.GetProperty("Path").GetString(), Is.EqualTo("rules[1].rules[0]"));
        Assert.That(error.GetProperty("Message").GetString(), Does.StartWith("'orders.count' gte: a value is required"));
    }

    [Test]
    public async Task The_members_grid_lists_matching_customers_with_registration_orders_and_their_customer_id()
    {
        await using var store = await SeededStoreAsync();
        var segment = await SegmentAsync(store, "Buyers", SegmentRule.And(SegmentRule.Condition("orders.count", "gte", 1)));
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        var html = await admin.GetPageAsync($"{Page}/Members/{segment.Id}");

        var json = await AdminClient.JsonAsync(await admin.PostFormAsync(Page + "/MemberList",
            [new("SegmentId", segment.Id.ToString()), new("Start", "0"), new("Length", "15")], ajax: true));

        var customers = store.Query<Customer>().ToDictionary(c => c.Email);
        var rows = json.GetProperty("Data").EnumerateArray().ToList();
        Assert.That(rows.Select(r => r.GetProperty("Email").GetString()), Is.EqualTo(new[] { "ann@x.test", "bob@x.test" }));
        var ann = rows[0];
        Assert.That(ann.GetProperty("Id").GetInt32(), Is.EqualTo(customers["ann@x.test"].Id));
        Assert.That(ann.GetProperty("FullName").GetString(), Is.EqualTo("Ann Lee"));
        Assert.That(ann.GetProperty("OrderCount").GetInt32(), Is.EqualTo(2));
        Assert.That(ann.GetProperty("RegisteredOnUtc").GetDateTime(), Is.EqualTo(store.Clock.UtcNow.AddDays(-100)));
        Assert.That(rows[1].GetProperty("OrderCount").GetInt32(), Is.EqualTo(3));
        Assert.That(html, Does.Contain("\"url\":\"/Admin/Customer/Edit/\""), "emails link to the nopCommerce customer page");
        Assert.That(html, Does.Contain("id=\"segment-member-count\">2<"));
    }

    [Test]
    public async Task Deleting_a_segment_that_a_scenario_uses_is_refused_naming_the_scenario()
    {
        await using var store = await SeededStoreAsync();
        var segment = await SegmentAsync(store, "Repeat buyers", Repeat);
        await ScenarioAsync(store, "Loyalty thanks", segment.Id);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync($"{Page}/Edit/{segment.Id}");

        var response = await admin.PostFormAsync($"{Page}/Delete/{segment.Id}", []);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.EndWith($"/Edit/{segment.Id}"));
        Assert.That(site.Notifications.Notifications.Single(), Is.EqualTo((false,
            "The segment 'Repeat buyers' is used by the scenarios 'Loyalty thanks' and was not deleted. Remove it from these scenarios first.")));
        Assert.That(store.Query<Segment>(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Deleting_an_unused_segment_removes_it()
    {
        await using var store = await SeededStoreAsync();
        var segment = await SegmentAsync(store, "Repeat buyers", Repeat);
        await ScenarioAsync(store, "Unrelated");
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync($"{Page}/Edit/{segment.Id}");

        var response = await admin.PostFormAsync($"{Page}/Delete/{segment.Id}", []);

        Assert.That(response.Headers.Location!.ToString(), Does.EndWith("/List"));
        Assert.That(store.Query<Segment>(), Is.Empty);
    }

    [Test]
    public async Task The_edit_page_gives_the_rule_builder_the_rule_models_own_catalogue_and_the_stores_pick_lists()
    {
        await using var store = await SeededStoreAsync();
        await store.InsertAsync(new Country { Name = "Norway", TwoLetterIsoCode = "NO", Published = true }, publishEvent: false);
        await RoleAsync(store, "VIP");
        var segment = await SegmentAsync(store, "Repeat buyers", Repeat);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync($"{Page}/Edit/{segment.Id}");

        var config = JsonDocument.Parse(Regex.Match(html, "id=\"segment-rule-builder-config\">(.*?)</script>").Groups[1].Value).RootElement;
        var fields = config.GetProperty("Fields").EnumerateArray().ToList();
        Assert.That(fields.Select(f => f.GetProperty("Name").GetString()), Is.EqualTo(SegmentFieldCatalog.All.Select(f => f.Name)));
        Assert.That(fields.Select(f => f.GetProperty("Label").GetString()), Has.None.StartWith("Plugins."), "every field has a label");
        var ordersCount = fields.Single(f => f.GetProperty("Name").GetString() == "orders.count");
        Assert.That(ordersCount.GetProperty("Operators").EnumerateArray().Select(o => o.GetProperty("Name").GetString()),
            Is.EqualTo(SegmentFieldCatalog.Find("orders.count").Operators.Select(o => o.Name)));
        Assert.That(config.GetProperty("Lists").GetProperty("countries")[0].GetProperty("Text").GetString(), Is.EqualTo("Norway"));
        Assert.That(config.GetProperty("Lists").GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("Text").GetString()), Does.Contain("VIP"));
        Assert.That(HiddenValue(html, "RulesJson"), Is.EqualTo(SegmentRulesJson.Serialize(Repeat)));
        Assert.That(html, Does.Contain("/Plugins/Misc.TriggerMail/Content/admin/rule-builder.js"));
    }

    [Test]
    public async Task The_segment_pages_are_denied_to_an_admin_without_the_plugin_permission()
    {
        await using var store = await SeededStoreAsync();
        var segment = await SegmentAsync(store, "Repeat buyers", Repeat);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page + "/List");
        store.Permissions.DeniedToCurrentCustomer.Add(TriggerMailDefaults.Permissions.Manage);

        var list = await admin.Http.GetAsync(Page + "/List");
        var members = await admin.Http.GetAsync($"{Page}/Members/{segment.Id}");
        var count = await AdminClient.JsonAsync(await admin.PostJsonAsync(Page + "/Count", new { RulesJson = SegmentRulesJson.Serialize(Repeat) }));
        var delete = await admin.PostFormAsync($"{Page}/Delete/{segment.Id}", [], ajax: true);

        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(list.Headers.Location!.ToString(), Does.StartWith(AdminSite.AccessDeniedPath));
        Assert.That(members.Headers.Location!.ToString(), Does.StartWith(AdminSite.AccessDeniedPath));
        Assert.That(count.TryGetProperty("Count", out _), Is.False);
        Assert.That(count.GetProperty("error").GetString(), Is.Not.Empty);
        Assert.That((await AdminClient.JsonAsync(delete)).GetProperty("error").GetString(), Is.Not.Empty);
        Assert.That(store.Query<Segment>(), Has.Count.EqualTo(1));
    }
}
