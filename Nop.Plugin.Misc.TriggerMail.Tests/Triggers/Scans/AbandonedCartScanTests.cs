using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core.Payloads;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Scans;

[TestFixture]
public class AbandonedCartScanTests
{
    private const string OneHour = "{\"thresholdMinutes\":60}";

    [Test]
    public async Task A_registered_customers_cart_left_past_the_threshold_becomes_one_trigger_with_its_contents()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var ann = await store.RegisteredAsync("ann@example.com");
        var item = await store.CartItemAsync(ann, productId: 7, quantity: 2);
        var leftOn = store.Clock.UtcNow;
        store.Clock.Advance(TimeSpan.FromMinutes(61));

        await store.ScanAsync();

        var trigger = store.Triggers(TriggerKind.AbandonedCart).Single();
        var payload = TriggerPayloadJson.Deserialize<AbandonedCartPayload>(trigger.PayloadJson);
        Assert.That(trigger.CustomerId, Is.EqualTo(ann.Id));
        Assert.That(trigger.ScenarioId, Is.EqualTo(scenario.Id));
        Assert.That(trigger.StoreId, Is.EqualTo(1));
        Assert.That(trigger.Status, Is.EqualTo(InboxItemStatus.Pending));
        Assert.That(trigger.OccurredOnUtc, Is.EqualTo(leftOn.AddMinutes(60)));
        Assert.That(payload.Email, Is.EqualTo("ann@example.com"));
        Assert.That(payload.Items, Is.EqualTo(new[] { new CartItemPayload(item.Id, 7, 2) }));
    }

    [Test]
    public async Task A_cart_younger_than_the_threshold_is_not_a_trigger_yet()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var ann = await store.RegisteredAsync("ann@example.com");
        await store.CartItemAsync(ann, 7);
        store.Clock.Advance(TimeSpan.FromMinutes(59));

        await store.ScanAsync();

        Assert.That(store.Triggers(TriggerKind.AbandonedCart), Is.Empty);
    }

    [Test]
    public async Task Abandoned_cart_reminder_is_not_triggered_after_the_order_is_placed()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var ann = await store.RegisteredAsync("ann@example.com");
        await store.CartItemAsync(ann, 7);
        store.Clock.Advance(TimeSpan.FromMinutes(10));
        await store.OrderAsync(ann, store.Clock.UtcNow);
        store.Clock.Advance(TimeSpan.FromHours(2));

        await store.ScanAsync();

        Assert.That(store.Triggers(TriggerKind.AbandonedCart), Is.Empty);
    }

    [Test]
    public async Task A_guest_whose_checkout_billing_email_is_known_is_reminded_at_that_email()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var guest = await store.GuestAsync(billingEmail: "guest@example.com");
        var anonymous = await store.GuestAsync();
        await store.CartItemAsync(guest, 7);
        await store.CartItemAsync(anonymous, 8);
        store.Clock.Advance(TimeSpan.FromHours(2));

        await store.ScanAsync();

        var trigger = store.Triggers(TriggerKind.AbandonedCart).Single();
        var payload = TriggerPayloadJson.Deserialize<AbandonedCartPayload>(trigger.PayloadJson);
        Assert.That(trigger.CustomerId, Is.EqualTo(guest.Id));
        Assert.That(payload.Email, Is.EqualTo("guest@example.com"));
        Assert.That(payload.IsGuest, Is.True);
    }

    [Test]
    public async Task A_wishlist_is_not_an_abandoned_cart()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var ann = await store.RegisteredAsync("ann@example.com");
        await store.CartItemAsync(ann, 7, type: ShoppingCartType.Wishlist);
        store.Clock.Advance(TimeSpan.FromHours(2));

        await store.ScanAsync();

        Assert.That(store.Triggers(TriggerKind.AbandonedCart), Is.Empty);
    }

    [Test]
    public async Task A_cart_changed_and_abandoned_again_is_a_new_trigger_and_an_unchanged_one_is_not()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var ann = await store.RegisteredAsync("ann@example.com");
        await store.CartItemAsync(ann, 7);
        store.Clock.Advance(TimeSpan.FromHours(2));
        await store.ScanAsync();
        store.Clock.Advance(TimeSpan.FromHours(2));
        await store.ScanAsync();
        await store.CartItemAsync(ann, 8);
        store.Clock.Advance(TimeSpan.FromHours(2));

        await store.ScanAsync();

        var triggers = store.Triggers(TriggerKind.AbandonedCart);
        Assert.That(triggers, Has.Count.EqualTo(2));
        Assert.That(TriggerPayloadJson.Deserialize<AbandonedCartPayload>(triggers[1].PayloadJson).Items, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Each_scenario_fires_at_its_own_threshold()
    {
        await using var store = await StoreHarness.StartAsync();
        var hour = await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var day = await store.ScenarioAsync(TriggerKind.AbandonedCart, "{\"thresholdMinutes\":1440}");
        var ann = await store.RegisteredAsync("ann@example.com");
        await store.CartItemAsync(ann, 7);
        store.Clock.Advance(TimeSpan.FromHours(2));
        await store.ScanAsync();
        var afterTwoHours = store.Triggers(TriggerKind.AbandonedCart).Select(t => t.ScenarioId).ToList();
        store.Clock.Advance(TimeSpan.FromDays(1));

        await store.ScanAsync();

        Assert.That(afterTwoHours, Is.EqualTo(new int?[] { hour.Id }));
        Assert.That(store.Triggers(TriggerKind.AbandonedCart).Select(t => t.ScenarioId), Is.EqualTo(new int?[] { hour.Id, day.Id }));
    }

    [Test]
    public async Task A_cart_of_a_deleted_customer_is_recorded_as_skipped_with_the_reason()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var ann = await store.RegisteredAsync("ann@example.com", c => c.Deleted = true);
        await store.CartItemAsync(ann, 7);
        store.Clock.Advance(TimeSpan.FromHours(2));

        await store.ScanAsync();

        var trigger = store.Triggers(TriggerKind.AbandonedCart).Single();
        Assert.That(trigger.Status, Is.EqualTo(InboxItemStatus.Skipped));
        Assert.That(trigger.StatusReason, Does.Contain("deleted"));
    }

    [Test]
    public async Task A_guest_cart_merged_at_login_after_its_reminder_is_not_reminded_again_as_the_accounts()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var guest = await store.GuestAsync(billingEmail: "ann@example.com");
        var guestItem = await store.CartItemAsync(guest, 7, 2);
        store.Clock.Advance(TimeSpan.FromHours(2));
        await store.ScanAsync();
        var ann = await store.RegisteredAsync("ann@example.com", c => c.LastLoginDateUtc = store.Clock.UtcNow);
        await MergeAtLoginAsync(store, guest, guestItem, ann);
        store.Clock.Advance(TimeSpan.FromHours(2));

        await store.ScanAsync();

        var triggers = store.Triggers(TriggerKind.AbandonedCart);
        Assert.That(triggers.Count(t => t.Status == InboxItemStatus.Pending), Is.EqualTo(1));
        Assert.That(triggers.Single(t => t.Status == InboxItemStatus.Pending).CustomerId, Is.EqualTo(guest.Id));
        Assert.That(triggers.Single(t => t.CustomerId == ann.Id).StatusReason, Does.Contain($"guest {guest.Id}"));
    }

    [Test]
    public async Task A_guest_cart_merged_at_login_before_its_threshold_is_reminded_once_as_the_accounts()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var guest = await store.GuestAsync(billingEmail: "ann@example.com");
        var guestItem = await store.CartItemAsync(guest, 7, 2);
        store.Clock.Advance(TimeSpan.FromMinutes(20));
        await store.ScanAsync();
        var ann = await store.RegisteredAsync("ann@example.com", c => c.LastLoginDateUtc = store.Clock.UtcNow);
        await MergeAtLoginAsync(store, guest, guestItem, ann);
        store.Clock.Advance(TimeSpan.FromHours(2));

        await store.ScanAsync();

        var trigger = store.Triggers(TriggerKind.AbandonedCart).Single();
        Assert.That(trigger.CustomerId, Is.EqualTo(ann.Id));
        Assert.That(trigger.Status, Is.EqualTo(InboxItemStatus.Pending));
    }

    [Test]
    public async Task A_login_naming_a_guest_is_carried_forward_into_one_merge_row_however_often_the_scan_runs()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var guest = await store.GuestAsync(billingEmail: "ann@example.com");
        var guestItem = await store.CartItemAsync(guest, 7);
        var ann = await store.RegisteredAsync("ann@example.com", c => c.LastLoginDateUtc = store.Clock.UtcNow);
        await MergeAtLoginAsync(store, guest, guestItem, ann);
        store.Clock.Advance(TimeSpan.FromMinutes(5));

        await store.ScanAsync();
        await store.ScanAsync();

        var merge = store.Query<GuestCartMerge>().Single();
        Assert.That((merge.CustomerId, merge.GuestCustomerId), Is.EqualTo((ann.Id, guest.Id)));
    }

    [Test]
    public async Task A_merged_cart_changed_after_the_login_is_a_new_cart_and_is_reminded()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var guest = await store.GuestAsync(billingEmail: "ann@example.com");
        var guestItem = await store.CartItemAsync(guest, 7);
        store.Clock.Advance(TimeSpan.FromHours(2));
        await store.ScanAsync();
        var ann = await store.RegisteredAsync("ann@example.com", c => c.LastLoginDateUtc = store.Clock.UtcNow);
        await MergeAtLoginAsync(store, guest, guestItem, ann);
        store.Clock.Advance(TimeSpan.FromMinutes(5));
        await store.CartItemAsync(ann, 9);
        store.Clock.Advance(TimeSpan.FromHours(2));

        await store.ScanAsync();

        var pending = store.Triggers(TriggerKind.AbandonedCart).Where(t => t.Status == InboxItemStatus.Pending).Select(t => t.CustomerId);
        Assert.That(pending, Is.EqualTo(new[] { guest.Id, ann.Id }));
    }

    [Test]
    public async Task Two_servers_scanning_the_same_window_record_each_cart_once()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        foreach (var email in new[] { "a@example.com", "b@example.com", "c@example.com" })
            await store.CartItemAsync(await store.RegisteredAsync(email), 7);
        store.Clock.Advance(TimeSpan.FromHours(2));

        await store.ScanAsync();
        // The second server read its cursor before the first one saved it.
        foreach (var cursor in store.Query<ScanCursor>())
            await store.DeleteAsync(cursor);
        await store.ScanAsync();

        Assert.That(store.Triggers(TriggerKind.AbandonedCart), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_run_reads_in_pages_of_the_batch_size_until_the_window_is_done()
    {
        await using var store = await StoreHarness.StartAsync();
        var settings = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        settings.BatchSize = 2;
        await store.Settings.SaveSettingAsync(settings);
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        for (var i = 0; i < 5; i++)
            await store.CartItemAsync(await store.RegisteredAsync($"c{i}@example.com"), 7);
        store.Clock.Advance(TimeSpan.FromHours(2));

        await store.ScanAsync();

        Assert.That(store.Triggers(TriggerKind.AbandonedCart), Has.Count.EqualTo(5));
    }

    [Test]
    public async Task A_guest_reminded_before_registering_is_not_reminded_again_for_the_same_cart_as_a_registered_customer()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var guest = await store.GuestAsync(billingEmail: "ann@example.com");
        await store.CartItemAsync(guest, 7);
        store.Clock.Advance(TimeSpan.FromHours(2));
        await store.ScanAsync();
        // Registration turns the guest record itself into the account: same id, same cart.
        guest.Email = "ann@example.com";
        await store.UpdateAsync(guest);
        await store.PublishAsync(new CustomerRegisteredEvent(guest));
        store.Clock.Advance(TimeSpan.FromHours(2));

        await store.ScanAsync();

        Assert.That(store.Triggers(TriggerKind.AbandonedCart), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_scan_saves_where_it_stopped_and_the_next_run_starts_there()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await store.ScenarioAsync(TriggerKind.AbandonedCart, OneHour);
        var item = await store.CartItemAsync(await store.RegisteredAsync("ann@example.com"), 7);
        store.Clock.Advance(TimeSpan.FromHours(2));

        await store.ScanAsync();

        var cursor = store.Query<ScanCursor>().Single();
        Assert.That(cursor.CursorKey, Is.EqualTo($"abandoned-cart:{scenario.Id}"));
        Assert.That((cursor.PositionOnUtc, cursor.PositionId), Is.EqualTo((item.UpdatedOnUtc, item.Id)));
    }

    [Test]
    public async Task Two_servers_scanning_birthdays_the_same_day_record_each_once()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.UseCustomerTimeZonesAsync();
        await store.ScenarioAsync(TriggerKind.Birthday);
        await store.RegisteredAsync("ann@example.com", c => c.DateOfBirth = new DateTime(1990, store.Clock.UtcNow.Month, store.Clock.UtcNow.Day));

        await store.ScanAsync();
        foreach (var cursor in store.Query<ScanCursor>())
            await store.DeleteAsync(cursor);
        await store.ScanAsync();

        Assert.That(store.Triggers(TriggerKind.Birthday), Has.Count.EqualTo(1));
    }

    /// <summary>What the host's login does: the guest's items are added to the account's cart and deleted, then the event.</summary>
    private static async Task MergeAtLoginAsync(StoreHarness store, Customer guest, ShoppingCartItem guestItem, Customer account)
    {
        await store.CartItemAsync(account, guestItem.ProductId, guestItem.Quantity);
        await store.DeleteAsync(guestItem);
        await store.PublishAsync(new CustomerLoggedinEvent(account, guest));
    }
}
