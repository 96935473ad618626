using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains;

/// <summary>
/// Chains end to end on the harness: the store's event, the inbox, the real chain task, message rows.
/// </summary>
[TestFixture]
public class ChainStoryTests
{
    private static ScenarioBuilder WelcomeSeries() => new ScenarioBuilder()
        .Send("welcome-1", 1).WaitMinutes("wait-2-days", 2 * 24 * 60)
        .Send("welcome-2", 2).WaitMinutes("wait-3-days", 3 * 24 * 60)
        .Send("welcome-3", 3);

    [Test]
    public async Task Welcome_series_sends_three_emails_over_five_days_and_completes()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.AddScenarioAsync(WelcomeSeries());
        var ann = await store.AddCustomerAsync("ann@example.com");
        await store.PublishAsync(new CustomerRegisteredEvent(ann));

        await store.RunChainsAsync();
        var afterRegistration = store.Query<Message>().Count;
        store.Clock.Advance(TimeSpan.FromDays(2));
        await store.RunChainsAsync();
        store.Clock.Advance(TimeSpan.FromDays(3));
        await store.RunChainsAsync();

        var enrollment = store.Query<Enrollment>().Single();
        Assert.That(afterRegistration, Is.EqualTo(1));
        Assert.That(store.SentSteps(enrollment.Id), Is.EqualTo(new[] { "welcome-1", "welcome-2", "welcome-3" }));
        Assert.That(enrollment.Status, Is.EqualTo(EnrollmentStatus.Completed));
        Assert.That(store.Query<Message>().All(m => m.Status == MessageStatus.Pending && m.ToEmail == "ann@example.com"), Is.True);
        Assert.That(store.Query<TriggerInboxItem>().Single().Status, Is.EqualTo(InboxItemStatus.Processed));
    }

    [Test]
    public async Task Every_enrollment_move_leaves_a_log_row_with_the_next_revision()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.AddScenarioAsync(WelcomeSeries());
        var ann = await store.AddCustomerAsync("ann@example.com");
        await store.TriggerAsync(TriggerKind.CustomerRegistered, ann.Id, "registered:1");

        await store.RunChainsAsync();

        var enrollment = store.Query<Enrollment>().Single();
        var logs = store.Query<EnrollmentLog>().OrderBy(l => l.Revision).ToList();
        Assert.That(logs.Select(l => l.Revision), Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(logs.Select(l => (EnrollmentStatus)l.ToStatusId),
            Is.EqualTo(new[] { EnrollmentStatus.Active, EnrollmentStatus.Running, EnrollmentStatus.Waiting }));
        Assert.That(enrollment.Revision, Is.EqualTo(2));
        Assert.That(enrollment.CurrentStepKey, Is.EqualTo("wait-2-days"));
    }

    [Test]
    public async Task Abandoned_cart_reminder_is_not_sent_after_the_order_is_placed()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.AddScenarioAsync(new ScenarioBuilder().TriggeredBy(TriggerKind.AbandonedCart).ExitWhen(ExitGoal.OrderPlaced)
            .Send("reminder-1", 1, null, LiveCheck.CartNotEmpty).WaitMinutes("wait-1-day", 24 * 60).Send("reminder-2", 2, null, LiveCheck.CartNotEmpty),
            reEntry: ReEntryPolicy.AfterPreviousEnds);
        var bob = await store.AddCustomerAsync("bob@example.com");
        await store.InsertAsync(new ShoppingCartItem { CustomerId = bob.Id, StoreId = 1, ShoppingCartType = ShoppingCartType.ShoppingCart, ProductId = 1, Quantity = 1, CreatedOnUtc = store.Clock.UtcNow }, false);
        await store.TriggerAsync(TriggerKind.AbandonedCart, bob.Id, "cart:1");
        await store.RunChainsAsync();

        store.Clock.Advance(TimeSpan.FromHours(3));
        await store.InsertAsync(new Order { CustomerId = bob.Id, StoreId = 1, OrderStatus = OrderStatus.Pending, OrderTotal = 20, CreatedOnUtc = store.Clock.UtcNow }, false);
        store.Clock.Advance(TimeSpan.FromDays(1));
        await store.RunChainsAsync();

        var enrollment = store.Query<Enrollment>().Single();
        Assert.That(store.SentSteps(enrollment.Id), Is.EqualTo(new[] { "reminder-1" }));
        Assert.That(enrollment.Status, Is.EqualTo(EnrollmentStatus.Exited));
        Assert.That(enrollment.EndReason, Is.EqualTo("goal reached: OrderPlaced"));
    }

    [Test]
    public async Task Frequency_cap_defers_the_second_marketing_email_and_sends_it_when_the_slot_reopens()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.AddScenarioAsync(new ScenarioBuilder().Send("welcome", 1));
        await store.AddScenarioAsync(new ScenarioBuilder().TriggeredBy(TriggerKind.NewsletterSubscribed).Send("newsletter-hello", 2));
        var cara = await store.AddCustomerAsync("cara@example.com");
        await store.TriggerAsync(TriggerKind.CustomerRegistered, cara.Id, "registered:1");
        await store.TriggerAsync(TriggerKind.NewsletterSubscribed, cara.Id, "subscribed:1");

        await store.RunChainsAsync();
        var afterFirstRun = store.Query<Message>().Select(m => m.StepKey).ToList();
        for (var wakeUps = 0; wakeUps < 5 && store.Query<Enrollment>().SingleOrDefault(e => e.Status == EnrollmentStatus.Waiting) is { } deferred; wakeUps++)
        {
            store.Clock.Set(deferred.NextRunOnUtc!.Value);
            await store.RunChainsAsync();
        }

        var messages = store.Query<Message>().OrderBy(m => m.Id).ToList();
        Assert.That(afterFirstRun, Is.EqualTo(new[] { "welcome" }));
        Assert.That(messages.Select(m => m.StepKey), Is.EqualTo(new[] { "welcome", "newsletter-hello" }));
        Assert.That(messages[1].CreatedOnUtc, Is.GreaterThanOrEqualTo(messages[0].CreatedOnUtc.AddHours(16)));
        Assert.That(store.Query<Enrollment>().All(e => e.Status == EnrollmentStatus.Completed), Is.True);
    }

    [Test]
    public async Task Quiet_hours_hold_a_marketing_email_until_8_am_local_across_the_spring_DST_change()
    {
        var oneThirtyInNewYorkBeforeTheChange = new DateTime(2026, 3, 8, 6, 30, 0, DateTimeKind.Utc);
        await using var store = await StoreHarness.StartAsync(utcNow: oneThirtyInNewYorkBeforeTheChange);
        await store.AddScenarioAsync(new ScenarioBuilder().Send("promo", 1));
        var dan = await store.AddCustomerAsync("dan@example.com", "America/New_York");
        await store.TriggerAsync(TriggerKind.CustomerRegistered, dan.Id, "registered:1");

        await store.RunChainsAsync();
        var waiting = store.Query<Enrollment>().Single();
        store.Clock.Set(waiting.NextRunOnUtc!.Value);
        await store.RunChainsAsync();

        Assert.That(waiting.NextRunOnUtc, Is.EqualTo(new DateTime(2026, 3, 8, 12, 0, 0, DateTimeKind.Utc)));
        Assert.That(store.Query<Message>().Single().CreatedOnUtc, Is.EqualTo(new DateTime(2026, 3, 8, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public async Task Holdout_customers_get_nothing_but_are_counted()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.AddScenarioAsync(new ScenarioBuilder().Send("welcome", 1), holdoutPercent: 30);
        for (var i = 0; i < 40; i++)
        {
            var customer = await store.AddCustomerAsync($"c{i}@example.com");
            await store.TriggerAsync(TriggerKind.CustomerRegistered, customer.Id, $"registered:{customer.Id}");
        }

        await store.RunChainsAsync();

        var enrollments = store.Query<Enrollment>();
        var holdout = enrollments.Where(e => e.IsHoldout).Select(e => e.Id).ToList();
        var messaged = store.Query<Message>().Select(m => m.EnrollmentId).ToList();
        Assert.That(enrollments, Has.Count.EqualTo(40));
        Assert.That(holdout, Is.Not.Empty);
        Assert.That(messaged.Intersect(holdout), Is.Empty);
        Assert.That(messaged, Has.Count.EqualTo(40 - holdout.Count));
        Assert.That(enrollments.Where(e => e.IsHoldout).All(e => e.Status == EnrollmentStatus.Holdout), Is.True);
    }

    [Test]
    public async Task A_once_ever_scenario_is_not_entered_a_second_time()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.AddScenarioAsync(new ScenarioBuilder().Send("welcome", 1));
        var eve = await store.AddCustomerAsync("eve@example.com");
        await store.TriggerAsync(TriggerKind.CustomerRegistered, eve.Id, "registered:1");
        await store.RunChainsAsync();

        await store.TriggerAsync(TriggerKind.CustomerRegistered, eve.Id, "registered:again");
        await store.RunChainsAsync();

        Assert.That(store.Query<Enrollment>(), Has.Count.EqualTo(1));
        Assert.That(store.Query<TriggerInboxItem>().OrderBy(i => i.Id).Last().StatusReason, Does.Contain("re-entry not allowed"));
    }

    [TestCase(TriggerKind.OrderPaid, 41, null)]
    [TestCase(TriggerKind.ShipmentSent, null, 41)]
    [TestCase(TriggerKind.CustomerRegistered, null, null)]
    public async Task A_message_is_written_knowing_the_order_or_shipment_its_trigger_is_about(TriggerKind kind, int? orderId, int? shipmentId)
    {
        await using var store = await StoreHarness.StartAsync();
        await store.AddScenarioAsync(new ScenarioBuilder().TriggeredBy(kind).Send("notice", 1));
        var gus = await store.AddCustomerAsync("gus@example.com");
        await store.TriggerAsync(kind, gus.Id, "subject:41", entityId: 41);

        await store.RunChainsAsync();

        var message = store.Query<Message>().Single();
        Assert.That((message.OrderId, message.ShipmentId), Is.EqualTo((orderId, shipmentId)));
    }

    [Test]
    public async Task An_inbox_row_for_one_scenario_enters_only_that_scenario()
    {
        await using var store = await StoreHarness.StartAsync();
        var first = await store.AddScenarioAsync(new ScenarioBuilder().TriggeredBy(TriggerKind.Inactivity).Send("a", 1));
        await store.AddScenarioAsync(new ScenarioBuilder().TriggeredBy(TriggerKind.Inactivity).Send("b", 1));
        var fay = await store.AddCustomerAsync("fay@example.com");
        await store.InsertAsync(new TriggerInboxItem
        {
            TriggerKind = TriggerKind.Inactivity, CustomerId = fay.Id, StoreId = 1, ScenarioId = first.Id, DedupeKey = "inactive:1",
            OccurredOnUtc = store.Clock.UtcNow, CreatedOnUtc = store.Clock.UtcNow
        }, false);

        await store.RunChainsAsync();

        Assert.That(store.Query<Enrollment>().Select(e => e.ScenarioId), Is.EqualTo(new[] { first.Id }));
    }

    [Test]
    public async Task Enrollments_in_flight_finish_on_the_version_they_started_on()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await store.AddScenarioAsync(new ScenarioBuilder().WaitMinutes("wait", 60).Send("old", 1));
        var gus = await store.AddCustomerAsync("gus@example.com");
        await store.TriggerAsync(TriggerKind.CustomerRegistered, gus.Id, "registered:1");
        await store.RunChainsAsync();

        var (_, newSteps) = new ScenarioBuilder().Id(scenario.Id, 2).WaitMinutes("wait", 60).Send("new", 2).ToEntities();
        foreach (var step in newSteps)
        {
            step.ScenarioId = scenario.Id;
            await store.InsertAsync(step, false);
        }
        scenario.CurrentVersion = 2;
        await store.UpdateAsync(scenario, false);
        store.Clock.Advance(TimeSpan.FromHours(1));
        await store.RunChainsAsync();

        Assert.That(store.Query<Message>().Single().StepKey, Is.EqualTo("old"));
    }

    [Test]
    public async Task A_step_with_unreadable_settings_fails_the_enrollment_with_the_reason()
    {
        await using var store = await StoreHarness.StartAsync();
        var scenario = await store.AddScenarioAsync(new ScenarioBuilder().Send("welcome", 1));
        var step = store.Query<ScenarioStep>().Single();
        step.SettingsJson = "{\"templateId\": \"x\"}";
        await store.UpdateAsync(step, false);
        var hal = await store.AddCustomerAsync("hal@example.com");
        await store.TriggerAsync(TriggerKind.CustomerRegistered, hal.Id, "registered:1");

        await store.RunChainsAsync();

        var inbox = store.Query<TriggerInboxItem>().Single();
        Assert.That(inbox.Status, Is.EqualTo(InboxItemStatus.Failed));
        Assert.That(inbox.StatusReason, Does.Contain($"scenario {scenario.Id}: Step 'welcome': SettingsJson is not valid SendEmailSettings"));
    }

    [Test]
    public async Task A_preset_is_created_as_an_editable_draft_in_one_call()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();
        var presets = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Nop.Plugin.Misc.TriggerMail.Chains.Presets.ScenarioPresets>(scope.ServiceProvider);

        var scenario = await presets.CreateDraftAsync(ScenarioPreset.AbandonedCart);

        var steps = store.Query<ScenarioStep>(q => q.Where(s => s.ScenarioId == scenario.Id)).OrderBy(s => s.DisplayOrder).Select(s => s.StepKey);
        Assert.That(scenario.Status, Is.EqualTo(ScenarioStatus.Draft));
        Assert.That(scenario.TriggerKind, Is.EqualTo(TriggerKind.AbandonedCart));
        Assert.That(steps, Is.EqualTo(new[] { "reminder-1", "wait-1-day", "reminder-2-coupon" }));
        Assert.That(StepSettingsJson.ParseExitGoals(scenario.ExitGoalsJson), Does.Contain(ExitGoal.OrderPlaced));
    }
}
