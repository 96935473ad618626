using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;
using static Nop.Plugin.Misc.TriggerMail.Tests.Segments.SegmentData;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Segments;

[TestFixture]
public class ActivityConditionTests
{
    [TestCase("olderThanDays", 90, new[] { "dormant@x.test" })]
    [TestCase("withinDays", 90, new[] { "busy@x.test" })]
    [TestCase("before", "2026-01-01", new[] { "dormant@x.test" })]
    [TestCase("after", "2026-01-01", new[] { "busy@x.test" })]
    public async Task Last_activity_before_or_after_a_date_or_n_days_ago(string @operator, object value, string[] expected)
    {
        await using var store = await StoreHarness.StartAsync();
        await CustomerAsync(store, "busy@x.test", c => c.LastActivityDateUtc = store.Clock.UtcNow.AddDays(-2));
        await CustomerAsync(store, "dormant@x.test", c => c.LastActivityDateUtc = store.Clock.UtcNow.AddDays(-200));

        var members = await MembersAsync(store, "activity.lastActivity", @operator, value);

        Assert.That(members, Is.EqualTo(expected));
    }

    [TestCase("olderThanDays", new[] { "lapsed@x.test" })]
    [TestCase("withinDays", new[] { "recent@x.test" })]
    public async Task A_customer_who_never_logged_in_matches_no_login_condition(string @operator, string[] expected)
    {
        await using var store = await StoreHarness.StartAsync();
        await CustomerAsync(store, "recent@x.test", c => c.LastLoginDateUtc = store.Clock.UtcNow.AddDays(-1));
        await CustomerAsync(store, "lapsed@x.test", c => c.LastLoginDateUtc = store.Clock.UtcNow.AddDays(-60));
        await CustomerAsync(store, "never@x.test", c => c.LastLoginDateUtc = null);

        var members = await MembersAsync(store, "activity.lastLogin", @operator, 30);

        Assert.That(members, Is.EqualTo(expected));
    }
}
