using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;
using static Nop.Plugin.Misc.TriggerMail.Tests.Segments.SegmentData;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Segments;

[TestFixture]
public class ProfileConditionTests
{
    [TestCase("in", new[] { "ann@shop.test", "BOB@SHOP.TEST" })]
    [TestCase("notIn", new[] { "cy@other.test", "dee@shop.test.evil" })]
    public async Task Email_domain_matches_the_part_after_the_at_sign_in_any_case(string @operator, string[] expected)
    {
        await using var store = await StoreHarness.StartAsync();
        foreach (var email in new[] { "ann@shop.test", "BOB@SHOP.TEST", "cy@other.test", "dee@shop.test.evil" })
            await CustomerAsync(store, email);

        var members = await MembersAsync(store, "profile.emailDomain", @operator, new[] { "shop.test" });

        Assert.That(members, Is.EqualTo(expected));
    }

    [TestCase("profile.hasFirstName", true, new[] { "ann@x.test" })]
    [TestCase("profile.hasFirstName", false, new[] { "bob@x.test", "cy@x.test" })]
    [TestCase("profile.hasLastName", true, new[] { "bob@x.test" })]
    public async Task Name_present_conditions_treat_null_and_empty_as_missing(string field, bool present, string[] expected)
    {
        await using var store = await StoreHarness.StartAsync();
        await CustomerAsync(store, "ann@x.test", c => c.FirstName = "Ann");
        await CustomerAsync(store, "bob@x.test", c => { c.FirstName = ""; c.LastName = "Stone"; });
        await CustomerAsync(store, "cy@x.test");

        var members = await MembersAsync(store, field, "is", present);

        Assert.That(members, Is.EqualTo(expected));
    }

    [TestCase("eq", new[] { "ann@x.test" })]
    [TestCase("neq", new[] { "bob@x.test", "cy@x.test" })]
    public async Task Gender_compares_the_stored_letter_and_neq_includes_customers_without_one(string @operator, string[] expected)
    {
        await using var store = await StoreHarness.StartAsync();
        await CustomerAsync(store, "ann@x.test", c => c.Gender = "F");
        await CustomerAsync(store, "bob@x.test", c => c.Gender = "M");
        await CustomerAsync(store, "cy@x.test");

        var members = await MembersAsync(store, "profile.gender", @operator, "F");

        Assert.That(members, Is.EqualTo(expected));
    }

    [TestCase("gte", 30, new[] { "thirty@x.test", "thirtyone@x.test" })]
    [TestCase("gt", 30, new[] { "thirtyone@x.test" })]
    [TestCase("eq", 30, new[] { "thirty@x.test" })]
    [TestCase("lt", 30, new[] { "almost@x.test" })]
    [TestCase("lte", 30, new[] { "almost@x.test", "thirty@x.test" })]
    [TestCase("neq", 30, new[] { "almost@x.test", "thirtyone@x.test" })]
    public async Task Age_turns_over_on_the_birthday_and_customers_without_a_birth_date_have_no_age(string @operator, int age, string[] expected)
    {
        await using var store = await StoreHarness.StartAsync();
        var today = store.Clock.UtcNow.Date;
        await CustomerAsync(store, "thirty@x.test", c => c.DateOfBirth = today.AddYears(-30));
        await CustomerAsync(store, "almost@x.test", c => c.DateOfBirth = today.AddYears(-30).AddDays(1));
        await CustomerAsync(store, "thirtyone@x.test", c => c.DateOfBirth = today.AddYears(-31));
        await CustomerAsync(store, "unknown@x.test");

        var members = await MembersAsync(store, "profile.age", @operator, age);

        Assert.That(members, Is.EqualTo(expected));
    }

    [Test]
    public async Task Birthday_month_matches_any_of_the_listed_months()
    {
        await using var store = await StoreHarness.StartAsync();
        await CustomerAsync(store, "march@x.test", c => c.DateOfBirth = new DateTime(1990, 3, 31));
        await CustomerAsync(store, "june@x.test", c => c.DateOfBirth = new DateTime(1985, 6, 1));
        await CustomerAsync(store, "april@x.test", c => c.DateOfBirth = new DateTime(1990, 4, 1));
        await CustomerAsync(store, "unknown@x.test");

        var members = await MembersAsync(store, "profile.birthdayMonth", "in", new[] { 3, 6 });

        Assert.That(members, Is.EqualTo(new[] { "june@x.test", "march@x.test" }));
    }

    [TestCase("profile.country", "in", new[] { "a@x.test" })]
    [TestCase("profile.country", "notIn", new[] { "b@x.test", "c@x.test" })]
    [TestCase("profile.language", "in", new[] { "b@x.test" })]
    [TestCase("profile.language", "notIn", new[] { "a@x.test", "c@x.test" })]
    [TestCase("profile.registeredInStore", "in", new[] { "c@x.test" })]
    public async Task Country_language_and_store_conditions_match_the_listed_ids(string field, string @operator, string[] expected)
    {
        await using var store = await StoreHarness.StartAsync();
        await CustomerAsync(store, "a@x.test", c => { c.CountryId = 7; c.LanguageId = 1; c.RegisteredInStoreId = 1; });
        await CustomerAsync(store, "b@x.test", c => { c.CountryId = 8; c.LanguageId = 7; c.RegisteredInStoreId = 1; });
        await CustomerAsync(store, "c@x.test", c => { c.CountryId = 0; c.LanguageId = null; c.RegisteredInStoreId = 7; });

        var members = await MembersAsync(store, field, @operator, new[] { 7 });

        Assert.That(members, Is.EqualTo(expected));
    }

    [Test]
    public async Task Role_condition_matches_customers_mapped_to_any_listed_role()
    {
        await using var store = await StoreHarness.StartAsync();
        var vip = await CustomerAsync(store, "vip@x.test");
        var wholesale = await CustomerAsync(store, "wholesale@x.test");
        await CustomerAsync(store, "plain@x.test");
        var vipRole = await RoleAsync(store, "Vip", vip);
        var wholesaleRole = await RoleAsync(store, "Wholesale", wholesale);
        await RoleAsync(store, "Other");

        var members = await MembersAsync(store, "profile.role", "in", new[] { vipRole.Id, wholesaleRole.Id });

        Assert.That(members, Is.EqualTo(new[] { "vip@x.test", "wholesale@x.test" }));
    }

    [TestCase("withinDays", 30, new[] { "new@x.test" })]
    [TestCase("olderThanDays", 30, new[] { "old@x.test" })]
    public async Task Registered_date_is_relative_to_the_clock(string @operator, int days, string[] expected)
    {
        await using var store = await StoreHarness.StartAsync();
        await CustomerAsync(store, "new@x.test", c => c.CreatedOnUtc = store.Clock.UtcNow.AddDays(-29));
        await CustomerAsync(store, "old@x.test", c => c.CreatedOnUtc = store.Clock.UtcNow.AddDays(-31));

        var members = await MembersAsync(store, "profile.registeredOn", @operator, days);

        Assert.That(members, Is.EqualTo(expected));
    }

    [TestCase("before", new[] { "old@x.test" })]
    [TestCase("after", new[] { "new@x.test", "onthedot@x.test" })]
    public async Task Registered_before_is_strictly_earlier_and_after_includes_the_date(string @operator, string[] expected)
    {
        await using var store = await StoreHarness.StartAsync();
        await CustomerAsync(store, "old@x.test", c => c.CreatedOnUtc = new DateTime(2025, 12, 31, 23, 0, 0, DateTimeKind.Utc));
        await CustomerAsync(store, "onthedot@x.test", c => c.CreatedOnUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        await CustomerAsync(store, "new@x.test", c => c.CreatedOnUtc = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));

        var members = await MembersAsync(store, "profile.registeredOn", @operator, "2026-01-01");

        Assert.That(members, Is.EqualTo(expected));
    }

    [TestCase(true, new[] { "active@x.test" })]
    [TestCase(false, new[] { "inactive@x.test" })]
    public async Task Active_condition_reads_the_customer_flag(bool active, string[] expected)
    {
        await using var store = await StoreHarness.StartAsync();
        await CustomerAsync(store, "active@x.test");
        await CustomerAsync(store, "inactive@x.test", c => c.Active = false);

        var members = await MembersAsync(store, "profile.active", "is", active);

        Assert.That(members, Is.EqualTo(expected));
    }

    [Test]
    public async Task Guest_condition_means_in_the_guests_role()
    {
        await using var store = await StoreHarness.StartAsync();
        var guest = await CustomerAsync(store, "guest@x.test");
        var registered = await CustomerAsync(store, "registered@x.test");
        await RoleAsync(store, NopCustomerDefaults.GuestsRoleName, guest);
        await RoleAsync(store, NopCustomerDefaults.RegisteredRoleName, registered);

        var guests = await MembersAsync(store, "profile.guest", "is", true);
        var notGuests = await MembersAsync(store, "profile.guest", "is", false);

        Assert.That(guests, Is.EqualTo(new[] { "guest@x.test" }));
        Assert.That(notGuests, Is.EqualTo(new[] { "registered@x.test" }));
    }

    [Test]
    public async Task Newsletter_condition_joins_active_subscriptions_by_email_per_list_and_store()
    {
        await using var store = await StoreHarness.StartAsync();
        await CustomerAsync(store, "news@x.test");
        await CustomerAsync(store, "offers@x.test");
        await CustomerAsync(store, "inactive@x.test");
        await CustomerAsync(store, "otherstore@x.test");
        await SubscribeAsync(store, "news@x.test", listId: 1);
        await SubscribeAsync(store, "offers@x.test", listId: 2);
        await SubscribeAsync(store, "inactive@x.test", listId: 1, active: false);
        await SubscribeAsync(store, "otherstore@x.test", listId: 1, storeId: 2);

        var storeOne = await MembersAsync(store, "profile.newsletter", "in", new[] { 1 }, storeId: 1);
        var anyStore = await MembersAsync(store, "profile.newsletter", "in", new[] { 1 });
        var notOnList = await MembersAsync(store, "profile.newsletter", "notIn", new[] { 1 }, storeId: 1);

        Assert.That(storeOne, Is.EqualTo(new[] { "news@x.test" }));
        Assert.That(anyStore, Is.EqualTo(new[] { "news@x.test", "otherstore@x.test" }));
        Assert.That(notOnList, Is.EqualTo(new[] { "inactive@x.test", "offers@x.test", "otherstore@x.test" }));
    }
}
