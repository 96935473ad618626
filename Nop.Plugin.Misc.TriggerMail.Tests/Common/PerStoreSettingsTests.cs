using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Compliance;
using Nop.Plugin.Misc.TriggerMail.Delivery;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Public.Controllers;
using Nop.Plugin.Misc.TriggerMail.Public.Models;
using Nop.Plugin.Misc.TriggerMail.Tests.Delivery;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Tracking;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using Nop.Services.Localization;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Common;

/// <summary>
/// A value the admin overrides for one store (the settings page's store scope) changes what happens to that store's
/// messages and orders only; the other store keeps the shared values.
/// </summary>
[TestFixture]
public class PerStoreSettingsTests
{
    private const string Letter = "<p>Hello {{Customer.FirstName}}</p><a href=\"https://store.test/sale\">Sale</a>";

    [Test]
    public async Task Tracking_turned_off_and_another_account_chosen_for_one_store_apply_to_that_stores_mail_only()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var second = await SecondStoreAsync(store);
        var secondAccount = await store.InsertAsync(new EmailAccount { Email = "hello@second.test", DisplayName = "Second store", MaxNumberOfEmails = 50 });
        await OverrideAsync(store, second.Id, s => s.TrackingEnabled = false, s => s.TrackingEnabled);
        await OverrideAsync(store, second.Id, s => s.EmailAccountId = secondAccount.Id, s => s.EmailAccountId);
        var scenario = await TrackedDeliveryTests.ScenarioAsync(store, true);
        var template = await world.TemplateAsync("Sale", Letter);
        await world.MessageAsync(await world.CustomerAsync(), template, scenarioId: scenario.Id);
        await MoveToStoreAsync(store, await world.MessageAsync(await world.CustomerAsync("bob@example.com", "Bob"), template, scenarioId: scenario.Id), second);

        await world.DeliverAsync();

        var toFirst = store.Mail.Sent.Single(m => m.ToAddress == "ann@example.com");
        var toSecond = store.Mail.Sent.Single(m => m.ToAddress == "bob@example.com");
        Assert.That(toFirst.Body, Does.Contain("/tm/o/"));
        Assert.That(toFirst.EmailAccountId, Is.EqualTo(world.Account.Id));
        Assert.That(toSecond.Body, Does.Not.Contain("/tm/o/").And.Contain("href=\"https://store.test/sale\""));
        Assert.That(toSecond.EmailAccountId, Is.EqualTo(secondAccount.Id));
    }

    [Test]
    public async Task Opens_and_clicks_of_a_store_with_tracking_turned_off_are_not_written_whichever_store_served_them()
    {
        var now = new DateTime(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc);
        await using var store = await StoreHarness.StartAsync(utcNow: now);
        await OverrideAsync(store, 2, s => s.TrackingEnabled = false, s => s.TrackingEnabled);
        var tracked = await store.InsertAsync(new Message { MessageGuid = Guid.NewGuid(), EnrollmentId = 1, StepKey = "email-1", ScenarioId = 1, VariantKey = "", CustomerId = 1, StoreId = 1, ToEmail = "c1@example.com", Status = MessageStatus.Sent, IsTracked = true, CreatedOnUtc = now, SentOnUtc = now });
        var untracked = await store.InsertAsync(new Message { MessageGuid = Guid.NewGuid(), EnrollmentId = 2, StepKey = "email-1", ScenarioId = 1, VariantKey = "", CustomerId = 2, StoreId = 2, ToEmail = "c2@example.com", Status = MessageStatus.Sent, CreatedOnUtc = now, SentOnUtc = now });
        using var scope = store.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<Nop.Plugin.Misc.TriggerMail.Tracking.TrackingEventWriter>();

        var written = await writer.WriteAsync(
        [
            new(tracked.Id, tracked.MessageGuid, TrackingEventType.Open, now.AddHours(1), null, "Mozilla/5.0", "10.0.0.1"),
            new(untracked.Id, untracked.MessageGuid, TrackingEventType.Open, now.AddHours(1), null, "Mozilla/5.0", "10.0.0.2"),
            new(untracked.Id, untracked.MessageGuid, TrackingEventType.Click, now.AddHours(1), "https://store.test/sale", "Mozilla/5.0", "10.0.0.2")
        ]);

        Assert.That(written, Is.EqualTo(1));
        Assert.That(store.Query<TrackingEvent>(q => q).Select(e => e.MessageId), Is.EqualTo(new[] { tracked.Id }));
    }

    [Test]
    public async Task A_lower_sending_rate_for_one_store_holds_back_that_stores_messages_only()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var second = await SecondStoreAsync(store);
        var secondAccount = await store.InsertAsync(new EmailAccount { Email = "hello@second.test", DisplayName = "Second store", MaxNumberOfEmails = 50 });
        await OverrideAsync(store, second.Id, s => s.EmailAccountId = secondAccount.Id, s => s.EmailAccountId);
        await OverrideAsync(store, second.Id, s => s.MaxMessagesPerMinute = 1, s => s.MaxMessagesPerMinute);
        var template = await world.TemplateAsync("Order update", "<p>Your order</p>");
        for (var i = 0; i < 3; i++)
        {
            await world.MessageAsync(await world.CustomerAsync($"first{i}@example.com", subscribed: false), template, transactional: true, scenarioId: 10 + i);
            await MoveToStoreAsync(store, await world.MessageAsync(await world.CustomerAsync($"second{i}@example.com", subscribed: false), template, transactional: true, scenarioId: 20 + i), second);
        }

        await world.DeliverAsync();

        Assert.That(store.Mail.Sent.Count(m => m.ToAddress.StartsWith("first")), Is.EqualTo(3));
        Assert.That(store.Mail.Sent.Count(m => m.ToAddress.StartsWith("second")), Is.EqualTo(1));
    }

    [Test]
    public async Task A_shorter_attribution_window_for_one_store_credits_only_that_stores_recent_orders()
    {
        var day0 = new DateTime(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc);
        await using var store = await StoreHarness.StartAsync(utcNow: day0);
        await OverrideAsync(store, 2, s => s.AttributionWindowDays = 2, s => s.AttributionWindowDays);
        var ann = await ClickedMessageAsync(store, customerId: 1, day0);
        var bob = await ClickedMessageAsync(store, customerId: 2, day0);
        var annOrder = await OrderAsync(store, customerId: 1, storeId: 1, day0.AddDays(3));
        await OrderAsync(store, customerId: 2, storeId: 2, day0.AddDays(3));
        store.Clock.Set(day0.AddDays(4));

        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);

        var credited = store.Query<Conversion>().Single();
        Assert.That((credited.OrderId, credited.MessageId), Is.EqualTo((annOrder.Id, ann.Id)));
        Assert.That(bob.Id, Is.Not.EqualTo(credited.MessageId));
    }

    [Test]
    public async Task The_unsubscribe_confirmation_shows_the_text_of_the_messages_store()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var second = await SecondStoreAsync(store);
        await OverrideAsync(store, second.Id, s => s.UnsubscribePageText = "Second store will not write to you again.", s => s.UnsubscribePageText);
        var template = await world.TemplateAsync("News", "<p>News</p>");
        var inFirst = await world.MessageAsync(await world.CustomerAsync(), template);
        var inSecond = await MoveToStoreAsync(store, await world.MessageAsync(await world.CustomerAsync("bob@example.com", "Bob"), template), second);

        var first = await ConfirmationTextAsync(store, inFirst);
        var secondText = await ConfirmationTextAsync(store, inSecond);

        Assert.That(first, Is.EqualTo("You will no longer receive these emails from us."));
        Assert.That(secondText, Is.EqualTo("Second store will not write to you again."));
    }

    [Test]
    public async Task Settings_for_a_store_are_its_overrides_over_the_shared_values()
    {
        await using var store = await StoreHarness.StartAsync();
        await OverrideAsync(store, 2, s => s.QuietHoursStartHour = 20, s => s.QuietHoursStartHour);
        using var scope = store.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<StoreSettings>();

        var forSecond = await settings.ForStoreAsync(2);
        var forFirst = await settings.ForStoreAsync(1);

        Assert.That((forSecond.QuietHoursStartHour, forSecond.QuietHoursEndHour), Is.EqualTo((20, 8)));
        Assert.That(forFirst.QuietHoursStartHour, Is.EqualTo(21));
    }

    private static Task<Store> SecondStoreAsync(StoreHarness store) => store.InsertAsync(new Store
    {
        Name = "Second store", Url = "https://second.test/", DefaultLanguageId = DeliveryWorld.English, CompanyName = "Second Ltd", CompanyAddress = "2 High Street"
    });

    private static async Task OverrideAsync<T>(StoreHarness store, int storeId, Action<TriggerMailSettings> change, System.Linq.Expressions.Expression<Func<TriggerMailSettings, T>> field)
    {
        var settings = await store.Settings.LoadSettingAsync<TriggerMailSettings>(storeId);
        change(settings);
        await store.Settings.SaveSettingOverridablePerStoreAsync(settings, field, true, storeId);
    }

    private static async Task<Message> MoveToStoreAsync(StoreHarness store, Message message, Store target)
    {
        message.StoreId = target.Id;
        await store.UpdateAsync(message, publishEvent: false);
        foreach (var enrollment in store.Query<Enrollment>(q => q.Where(e => e.Id == message.EnrollmentId)))
        {
            enrollment.StoreId = target.Id;
            await store.UpdateAsync(enrollment, publishEvent: false);
        }

        await store.InsertAsync(new NewsLetterSubscription
        {
            NewsLetterSubscriptionGuid = Guid.NewGuid(), Email = message.ToEmail, Active = true, StoreId = target.Id, TypeId = 1, CreatedOnUtc = store.Clock.UtcNow
        });
        return message;
    }

    private static async Task<Message> ClickedMessageAsync(StoreHarness store, int customerId, DateTime sentOnUtc)
    {
        var message = await store.InsertAsync(new Message
        {
            MessageGuid = Guid.NewGuid(), EnrollmentId = customerId, StepKey = "email-1", ScenarioId = 1, VariantKey = "", CustomerId = customerId,
            StoreId = customerId, ToEmail = $"c{customerId}@example.com", Status = MessageStatus.Sent, CreatedOnUtc = sentOnUtc, SentOnUtc = sentOnUtc
        });
        await store.InsertAsync(new TrackingEvent { MessageId = message.Id, EventType = TrackingEventType.Click, OccurredOnUtc = sentOnUtc.AddHours(1) });
        return message;
    }

    private static Task<Order> OrderAsync(StoreHarness store, int customerId, int storeId, DateTime placedOnUtc) => store.InsertAsync(new Order
    {
        OrderGuid = Guid.NewGuid(), CustomerId = customerId, StoreId = storeId, OrderTotal = 50m, CreatedOnUtc = placedOnUtc,
        OrderStatus = OrderStatus.Pending, CustomerCurrencyCode = "USD", CurrencyRate = 1
    });

    private static async Task<string> ConfirmationTextAsync(StoreHarness store, Message message)
    {
        using var scope = store.CreateScope();
        var token = scope.ServiceProvider.GetRequiredService<UnsubscribeLinks>().Token(message.MessageGuid);
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Form = new FormCollection(new Dictionary<string, StringValues> { ["scope"] = "scenario" });
        var controller = new TriggerMailUnsubscribeController(scope.ServiceProvider.GetRequiredService<UnsubscribeService>(),
            scope.ServiceProvider.GetRequiredService<ILocalizationService>(), scope.ServiceProvider.GetRequiredService<StoreSettings>())
        {
            ControllerContext = new ControllerContext { HttpContext = context }
        };

        var view = (ViewResult)await controller.IndexPost(token);

        return ((UnsubscribeModel)view.Model!).Text;
    }
}
