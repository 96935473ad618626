using System.Net;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

/// <summary>The settings page in nopCommerce's multi-store scope: shared values, one store's overrides, clearing them.</summary>
[TestFixture]
public class SettingsPerStoreOverHttpTests
{
    private const string Page = "/Admin/TriggerMail/Configure";

    [Test]
    public async Task With_one_store_the_page_has_no_store_scope_selector_and_no_override_boxes()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.InsertAsync(new Store { Name = "Only store", Url = "https://one.test/" });
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        var html = await admin.GetPageAsync(Page);

        Assert.That(html, Does.Not.Contain("store-scope-configuration"));
        Assert.That(html, Does.Not.Contain("multi-store-override-option"));
    }

    [Test]
    public async Task A_value_overridden_for_one_store_is_saved_for_that_store_only()
    {
        await using var store = await StoreHarness.StartAsync();
        var (_, second) = await TwoStoresAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await ScopeAsync(admin, second.Id);
        await admin.GetPageAsync(Page);

        var response = await admin.PostFormAsync(Page, Form(("MaxMessagesPerMinute", "240"), ("MaxMessagesPerMinute_OverrideForStore", "true"),
            ("UnsubscribePageText", "Second store: you are unsubscribed."), ("UnsubscribePageText_OverrideForStore", "true"), ("QuietHoursStartHour", "19")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var shared = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        var forSecond = await store.Settings.LoadSettingAsync<TriggerMailSettings>(second.Id);
        var forFirst = await store.Settings.LoadSettingAsync<TriggerMailSettings>(second.Id - 1);
        Assert.That((forSecond.MaxMessagesPerMinute, forSecond.UnsubscribePageText), Is.EqualTo((240, "Second store: you are unsubscribed.")));
        Assert.That(forSecond.QuietHoursStartHour, Is.EqualTo(shared.QuietHoursStartHour), "a value without its override box ticked is not saved for the store");
        Assert.That((shared.MaxMessagesPerMinute, forFirst.MaxMessagesPerMinute), Is.EqualTo((60, 60)));
        Assert.That(shared.UnsubscribePageText, Is.Not.EqualTo("Second store: you are unsubscribed."));
    }

    [Test]
    public async Task The_store_scope_page_shows_the_stores_values_with_their_override_boxes_ticked()
    {
        await using var store = await StoreHarness.StartAsync();
        var (_, second) = await TwoStoresAsync(store);
        var overrides = await store.Settings.LoadSettingAsync<TriggerMailSettings>(second.Id);
        overrides.TrackingEnabled = false;
        await store.Settings.SaveSettingOverridablePerStoreAsync(overrides, s => s.TrackingEnabled, true, second.Id);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();

        await ScopeAsync(admin, second.Id);
        var html = await admin.GetPageAsync(Page);

        Assert.That(html, Does.Match("<option[^>]*selected[^>]*>Second store</option>"));
        Assert.That(html, Does.Match("<input[^>]*id=\"TrackingEnabled_OverrideForStore\"[^>]*checked|<input[^>]*checked[^>]*id=\"TrackingEnabled_OverrideForStore\""));
        Assert.That(html, Does.Not.Match("<input[^>]*id=\"MaxMessagesPerMinute_OverrideForStore\"[^>]*checked"));
        Assert.That(html, Does.Not.Match("<input[^>]*id=\"TrackingEnabled\"[^>]*checked"), "the store's own value (off) is shown");
    }

    [Test]
    public async Task Unticking_an_override_removes_the_stores_value_so_the_shared_one_applies_again()
    {
        await using var store = await StoreHarness.StartAsync();
        var (_, second) = await TwoStoresAsync(store);
        var overrides = await store.Settings.LoadSettingAsync<TriggerMailSettings>(second.Id);
        overrides.AttributionWindowDays = 2;
        await store.Settings.SaveSettingOverridablePerStoreAsync(overrides, s => s.AttributionWindowDays, true, second.Id);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await ScopeAsync(admin, second.Id);
        await admin.GetPageAsync(Page);

        await admin.PostFormAsync(Page, Form(("AttributionWindowDays", "2")));

        var forSecond = await store.Settings.LoadSettingAsync<TriggerMailSettings>(second.Id);
        Assert.That(await store.Settings.SettingExistsAsync(forSecond, s => s.AttributionWindowDays, second.Id), Is.False);
        Assert.That(forSecond.AttributionWindowDays, Is.EqualTo(5));
    }

    [Test]
    public async Task Install_wide_settings_are_shown_read_only_in_a_store_scope_and_not_saved_there()
    {
        await using var store = await StoreHarness.StartAsync();
        var (_, second) = await TwoStoresAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await ScopeAsync(admin, second.Id);

        var html = await admin.GetPageAsync(Page);
        await admin.PostFormAsync(Page, Form(("BatchSize", "7")));

        Assert.That(html, Does.Contain("id=\"install-wide-note\""));
        Assert.That(html, Does.Match("<input[^>]*type=\"hidden\"[^>]*id=\"BatchSize\"|<input[^>]*id=\"BatchSize\"[^>]*type=\"hidden\""));
        Assert.That(await store.Settings.SettingExistsAsync(new TriggerMailSettings(), s => s.BatchSize, second.Id), Is.False);
        Assert.That((await store.Settings.LoadSettingAsync<TriggerMailSettings>()).BatchSize, Is.EqualTo(500));
    }

    [Test]
    public async Task In_the_all_stores_scope_a_save_changes_the_shared_values_and_leaves_a_stores_override()
    {
        await using var store = await StoreHarness.StartAsync();
        var (_, second) = await TwoStoresAsync(store);
        var overrides = await store.Settings.LoadSettingAsync<TriggerMailSettings>(second.Id);
        overrides.MaxMessagesPerMinute = 10;
        await store.Settings.SaveSettingOverridablePerStoreAsync(overrides, s => s.MaxMessagesPerMinute, true, second.Id);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page);

        await admin.PostFormAsync(Page, Form(("MaxMessagesPerMinute", "90"), ("BatchSize", "250")));

        Assert.That((await store.Settings.LoadSettingAsync<TriggerMailSettings>()).MaxMessagesPerMinute, Is.EqualTo(90));
        Assert.That((await store.Settings.LoadSettingAsync<TriggerMailSettings>()).BatchSize, Is.EqualTo(250));
        Assert.That((await store.Settings.LoadSettingAsync<TriggerMailSettings>(second.Id)).MaxMessagesPerMinute, Is.EqualTo(10));
    }

    [Test]
    public async Task Validation_messages_name_the_field_and_the_rule_and_keep_the_entered_text()
    {
        await using var store = await StoreHarness.StartAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page);

        var response = await admin.PostFormAsync(Page, Form(("UnsubscribePageText", new string('x', 4001)), ("MarketingConsentSource", "10"), ("GdprConsentId", "0"),
            ("QuietHoursEndHour", "24")));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("UnsubscribePageText may be at most 4000 characters."));
        Assert.That(html, Does.Contain("GdprConsentId must name the GDPR consent when marketing consent comes from GDPR."));
        Assert.That(html, Does.Contain("QuietHoursEndHour must be between 0 and 23 o'clock; 24 was entered."));
        Assert.That(html, Does.Contain(new string('x', 4001)));
        Assert.That((await store.Settings.LoadSettingAsync<TriggerMailSettings>()).QuietHoursEndHour, Is.EqualTo(8));
    }

    [Test]
    public async Task The_settings_post_is_refused_to_an_admin_without_the_plugin_permission()
    {
        await using var store = await StoreHarness.StartAsync();
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await admin.GetPageAsync(Page);
        store.Permissions.DeniedToCurrentCustomer.Add(TriggerMailDefaults.Permissions.Manage);

        var response = await admin.PostFormAsync(Page, Form(("MaxMessagesPerMinute", "1")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.StartWith(AdminSite.AccessDeniedPath));
        Assert.That((await store.Settings.LoadSettingAsync<TriggerMailSettings>()).MaxMessagesPerMinute, Is.EqualTo(60));
    }

    [Test]
    public async Task In_a_store_scope_the_host_posts_only_the_overridden_fields_and_only_those_are_checked_and_saved()
    {
        await using var store = await StoreHarness.StartAsync();
        var (_, second) = await TwoStoresAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await ScopeAsync(admin, second.Id);
        await admin.GetPageAsync(Page);

        var response = await admin.PostFormAsync(Page, StoreScopeForm(second.Id, ("MaxSendAttempts", "3"), ("MaxSendAttempts_OverrideForStore", "true")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var forSecond = await store.Settings.LoadSettingAsync<TriggerMailSettings>(second.Id);
        Assert.That(forSecond.MaxSendAttempts, Is.EqualTo(3));
        Assert.That(await store.Settings.SettingExistsAsync(forSecond, s => s.MaxMessagesPerMinute, second.Id), Is.False);
        Assert.That(forSecond.MaxMessagesPerMinute, Is.EqualTo(60));
    }

    [Test]
    public async Task A_refused_store_scope_form_shows_the_stores_values_in_the_fields_that_were_not_posted()
    {
        await using var store = await StoreHarness.StartAsync();
        var (_, second) = await TwoStoresAsync(store);
        await using var site = await AdminSite.StartAsync(store);
        using var admin = site.CreateClient();
        await ScopeAsync(admin, second.Id);
        await admin.GetPageAsync(Page);

        var response = await admin.PostFormAsync(Page, StoreScopeForm(second.Id, ("MaxSendAttempts", "99"), ("MaxSendAttempts_OverrideForStore", "true")));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("MaxSendAttempts must be between 1 and 20 attempts; 99 was entered."));
        Assert.That(html, Does.Match("id=\"MaxMessagesPerMinute\"[^>]*value=\"60\"|value=\"60\"[^>]*id=\"MaxMessagesPerMinute\""));
        Assert.That(html, Does.Match("id=\"MaxSendAttempts\"[^>]*value=\"99\"|value=\"99\"[^>]*id=\"MaxSendAttempts\""));
    }

    /// <summary>What the host's page posts in a store scope: the hidden fields and the fields whose override box is ticked (the others are disabled).</summary>
    private static IEnumerable<KeyValuePair<string, string>> StoreScopeForm(int storeId, params (string Name, string Value)[] overridden) =>
        new[] { ("ActiveStoreScopeConfiguration", storeId.ToString()), ("BatchSize", "500"), ("RunTimeBudgetSeconds", "240"), ("TrackingEventRetentionDays", "180") }
            .Concat(overridden)
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2));

    internal static async Task<(Store First, Store Second)> TwoStoresAsync(StoreHarness store)
    {
        var first = await store.InsertAsync(new Store { Name = "Your store name", Url = "https://yourstore.test/", DisplayOrder = 1 });
        var second = await store.InsertAsync(new Store { Name = "Second store", Url = "https://second.test/", DisplayOrder = 2 });
        return (first, second);
    }

    /// <summary>What the store-scope select does: the host remembers the admin's choice.</summary>
    internal static async Task ScopeAsync(AdminClient admin, int storeId)
    {
        var response = await admin.Http.GetAsync($"/Admin/Setting/ChangeStoreScopeConfiguration?storeid={storeId}&returnUrl=%2FAdmin%2FTriggerMail%2FConfigure");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    /// <summary>A valid form as the page posts it (the default settings), with some fields changed.</summary>
    internal static IEnumerable<KeyValuePair<string, string>> Form(params (string Name, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["EmailAccountId"] = "0", ["MaxMessagesPerMinute"] = "60", ["MaxSendAttempts"] = "5", ["MarketingFrequencyCapHours"] = "16",
            ["QuietHoursStartHour"] = "21", ["QuietHoursEndHour"] = "8", ["BatchSize"] = "500", ["RunTimeBudgetSeconds"] = "240",
            ["AttributionWindowDays"] = "5", ["TrackingEnabled"] = "true", ["TrackingEventRetentionDays"] = "180",
            ["MarketingConsentSource"] = "0", ["MarketingNewsletterTypeIds"] = "", ["GdprConsentId"] = "0", ["UnsubscribePageText"] = "You are unsubscribed."
        };
        foreach (var (name, value) in changes)
            fields[name] = value;
        return fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value));
    }
}
