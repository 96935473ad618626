using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Scans;

[TestFixture]
public class DateTriggerScanTests
{
    private const string Kiritimati = "Pacific/Kiritimati"; // UTC+14
    private const string Honolulu = "Pacific/Honolulu"; // UTC−10

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Test]
    public async Task A_birthday_fires_on_the_customers_local_day_in_UTC_plus_14_and_in_UTC_minus_10()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Utc(2026, 3, 1, 9, 59));
        await store.UseCustomerTimeZonesAsync();
        await store.ScenarioAsync(TriggerKind.Birthday);
        var kiri = await store.RegisteredAsync("kiri@example.com", c => { c.TimeZoneId = Kiritimati; c.DateOfBirth = new DateTime(1990, 3, 2); });
        var hono = await store.RegisteredAsync("hono@example.com", c => { c.TimeZoneId = Honolulu; c.DateOfBirth = new DateTime(1990, 3, 2); });

        await store.ScanAsync();
        var beforeKiritimatiMidnight = store.Triggers(TriggerKind.Birthday).Count;
        store.Clock.Set(Utc(2026, 3, 1, 10, 30));
        await store.ScanAsync();
        var afterKiritimatiMidnight = store.Triggers(TriggerKind.Birthday).Select(t => t.CustomerId).ToList();
        store.Clock.Set(Utc(2026, 3, 2, 9, 59));
        await store.ScanAsync();
        var beforeHonoluluMidnight = store.Triggers(TriggerKind.Birthday).Count;
        store.Clock.Set(Utc(2026, 3, 2, 10, 30));
        await store.ScanAsync();

        var triggers = store.Triggers(TriggerKind.Birthday);
        Assert.That(beforeKiritimatiMidnight, Is.EqualTo(0));
        Assert.That(afterKiritimatiMidnight, Is.EqualTo(new[] { kiri.Id }));
        Assert.That(beforeHonoluluMidnight, Is.EqualTo(1));
        Assert.That(triggers.Select(t => t.CustomerId), Is.EqualTo(new[] { kiri.Id, hono.Id }));
        Assert.That(triggers.Select(t => t.OccurredOnUtc), Is.EqualTo(new[] { Utc(2026, 3, 1, 10), Utc(2026, 3, 2, 10) }));
        Assert.That(TriggerPayloadJson.Deserialize<DatePayload>(triggers[1].PayloadJson).Years, Is.EqualTo(36));
    }

    [Test]
    public async Task Without_customer_time_zones_everyone_is_on_the_stores_default_zone()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Utc(2026, 3, 1, 10, 30));
        await store.Settings.SaveSettingAsync(new Nop.Services.Helpers.DateTimeSettings { DefaultStoreTimeZoneId = Honolulu });
        await store.ScenarioAsync(TriggerKind.Birthday);
        await store.RegisteredAsync("kiri@example.com", c => { c.TimeZoneId = Kiritimati; c.DateOfBirth = new DateTime(1990, 3, 2); });

        await store.ScanAsync();

        Assert.That(store.Triggers(TriggerKind.Birthday), Is.Empty);
    }

    [TestCase(2027, 2, 28, true)]
    [TestCase(2028, 2, 28, false)]
    [TestCase(2028, 2, 29, true)]
    public async Task A_29_February_birthday_is_celebrated_on_28_February_in_common_years(int year, int month, int day, bool fires)
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Utc(year, month, day, 12));
        await store.UseCustomerTimeZonesAsync();
        await store.ScenarioAsync(TriggerKind.Birthday);
        await store.RegisteredAsync("leap@example.com", c => c.DateOfBirth = new DateTime(2000, 2, 29));

        await store.ScanAsync();

        Assert.That(store.Triggers(TriggerKind.Birthday).Count, Is.EqualTo(fires ? 1 : 0));
    }

    [Test]
    public async Task A_birthday_fires_once_however_often_the_day_is_scanned()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Utc(2026, 3, 2, 1));
        await store.UseCustomerTimeZonesAsync();
        await store.ScenarioAsync(TriggerKind.Birthday);
        await store.RegisteredAsync("ann@example.com", c => c.DateOfBirth = new DateTime(1990, 3, 2));

        for (var hour = 0; hour < 4; hour++)
        {
            await store.ScanAsync();
            store.Clock.Advance(TimeSpan.FromHours(5));
        }

        Assert.That(store.Triggers(TriggerKind.Birthday), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_customer_who_registers_later_on_their_birthday_is_still_found_that_day()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Utc(2026, 3, 2, 1));
        await store.UseCustomerTimeZonesAsync();
        await store.ScenarioAsync(TriggerKind.Birthday);
        await store.RegisteredAsync("ann@example.com", c => c.DateOfBirth = new DateTime(1990, 3, 2));
        await store.ScanAsync();
        await store.RegisteredAsync("bob@example.com", c => c.DateOfBirth = new DateTime(1985, 3, 2));
        store.Clock.Advance(TimeSpan.FromHours(1));

        await store.ScanAsync();

        Assert.That(store.Triggers(TriggerKind.Birthday), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task The_registration_anniversary_is_the_local_day_of_registration_in_the_customers_zone()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Utc(2026, 3, 2, 5));
        await store.UseCustomerTimeZonesAsync();
        await store.ScenarioAsync(TriggerKind.RegistrationAnniversary);
        // 11:00 UTC on 1 March is already 2 March in Kiritimati: the anniversary is 2 March there, 1 March in UTC.
        var kiri = await store.RegisteredAsync("kiri@example.com", c => { c.TimeZoneId = Kiritimati; c.CreatedOnUtc = Utc(2024, 3, 1, 11); });
        await store.RegisteredAsync("utc@example.com", c => c.CreatedOnUtc = Utc(2024, 3, 1, 11));

        await store.ScanAsync();

        var trigger = store.Triggers(TriggerKind.RegistrationAnniversary).Single();
        Assert.That(trigger.CustomerId, Is.EqualTo(kiri.Id));
        Assert.That(TriggerPayloadJson.Deserialize<DatePayload>(trigger.PayloadJson).Years, Is.EqualTo(2));
    }

    [Test]
    public async Task The_first_order_anniversary_counts_only_the_customers_first_order()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Utc(2026, 3, 2, 12));
        await store.UseCustomerTimeZonesAsync();
        await store.ScenarioAsync(TriggerKind.FirstOrderAnniversary);
        var ann = await store.RegisteredAsync("ann@example.com");
        var bob = await store.RegisteredAsync("bob@example.com");
        var first = await store.OrderAsync(ann, Utc(2025, 3, 2, 8));
        await store.OrderAsync(ann, Utc(2025, 6, 1, 8));
        await store.OrderAsync(bob, Utc(2023, 1, 5, 8));
        await store.OrderAsync(bob, Utc(2024, 3, 2, 8));

        await store.ScanAsync();

        var trigger = store.Triggers(TriggerKind.FirstOrderAnniversary).Single();
        Assert.That(trigger.CustomerId, Is.EqualTo(ann.Id));
        Assert.That(trigger.EntityId, Is.EqualTo(first.Id));
    }

    [Test]
    public async Task A_calendar_date_reaches_every_customer_on_their_own_local_day_once()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Utc(2026, 3, 7, 10, 30));
        await store.UseCustomerTimeZonesAsync();
        var scenario = await store.ScenarioAsync(TriggerKind.CalendarDate, "{\"dates\":[\"03-08\",\"12-31\"]}");
        var kiri = await store.RegisteredAsync("kiri@example.com", c => c.TimeZoneId = Kiritimati);
        var utc = await store.RegisteredAsync("utc@example.com");
        var hono = await store.RegisteredAsync("hono@example.com", c => c.TimeZoneId = Honolulu);
        await store.GuestAsync("guest@example.com");

        var seen = new List<int[]>();
        foreach (var at in new[] { Utc(2026, 3, 7, 10, 30), Utc(2026, 3, 8, 0, 30), Utc(2026, 3, 8, 10, 30), Utc(2026, 3, 9, 10, 30) })
        {
            store.Clock.Set(at);
            await store.ScanAsync();
            seen.Add(store.Triggers(TriggerKind.CalendarDate).Select(t => t.CustomerId).ToArray());
        }

        Assert.That(seen, Is.EqualTo(new[]
        {
            new[] { kiri.Id }, new[] { kiri.Id, utc.Id }, new[] { kiri.Id, utc.Id, hono.Id }, new[] { kiri.Id, utc.Id, hono.Id }
        }));
        Assert.That(store.Triggers(TriggerKind.CalendarDate).Select(t => t.ScenarioId), Is.All.EqualTo(scenario.Id));
    }

    [Test]
    public async Task A_customer_with_an_unknown_zone_id_is_on_the_stores_default_zone()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Utc(2026, 3, 2, 12));
        await store.UseCustomerTimeZonesAsync();
        await store.ScenarioAsync(TriggerKind.Birthday);
        await store.RegisteredAsync("ann@example.com", c => { c.TimeZoneId = "Mars/Olympus_Mons"; c.DateOfBirth = new DateTime(1990, 3, 2); });

        await store.ScanAsync();

        Assert.That(store.Triggers(TriggerKind.Birthday), Has.Count.EqualTo(1));
    }
}
