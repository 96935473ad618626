using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Delivery;

/// <summary>
/// From a Pending message to the host's email sender: rendering in the customer's language, headers,
/// compliance, throttling, retries and claims.
/// </summary>
[TestFixture]
public class DeliveryStoryTests
{
    private const string CartBody = "<p>Hi {{Customer.Greeting}}, you left these behind:</p>"
        + "{{#each Cart.Items}}<div class=\"item\"><img src=\"{{PictureUrl}}\" /><a href=\"{{ProductUrl}}\">{{Name}}</a> x{{Quantity}} {{Total}}</div>{{/each}}"
        + "<a href=\"{{Cart.Url}}\">Back to your cart</a>";

    [Test]
    public async Task A_cart_email_renders_the_cart_products_with_pictures_and_links_in_the_customers_language()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var greta = await world.CustomerAsync("greta@example.com", "Greta", DeliveryWorld.German);
        var mug = await world.ProductAsync("Mug", 12.50m);
        var tea = await world.ProductAsync("Tea", 4m);
        store.Locales.SetLocalized(mug, p => p.Name, "Tasse", DeliveryWorld.German);
        await world.AddToCartAsync(greta, mug, 2);
        await world.AddToCartAsync(greta, tea, 1);
        var template = await world.TemplateAsync("You forgot something", CartBody);
        store.Locales.SetLocalized(template, t => t.Subject, "Sie haben etwas vergessen", DeliveryWorld.German);
        await world.MessageAsync(greta, template);

        await world.DeliverAsync();

        var email = store.Mail.Sent.Single();
        Assert.That(email.Subject, Is.EqualTo("Sie haben etwas vergessen"));
        Assert.That(email.ToAddress, Is.EqualTo("greta@example.com"));
        Assert.That(email.Body, Does.Contain("Hi Greta"));
        Assert.That(email.Body, Does.Contain($"<img src=\"https://store.test/images/thumbs/{mug.Id:0000000}_240.jpeg\" /><a href=\"https://store.test/product-{mug.Id}-l2\">Tasse</a> x2 25.00 USD"));
        Assert.That(email.Body, Does.Contain($"<a href=\"https://store.test/product-{tea.Id}-l2\">Tea</a> x1 4.00 USD"));
        Assert.That(email.Body, Does.Contain("<a href=\"https://store.test/cart\">Back to your cart</a>"));
        Assert.That(email.Body, Does.Contain("1 Main Street, Springfield"));
    }

    [Test]
    public async Task A_template_without_a_version_in_the_customers_language_falls_back_to_the_default_language()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var greta = await world.CustomerAsync("greta@example.com", "Greta", DeliveryWorld.German);
        var template = await world.TemplateAsync("Welcome", "<p>Welcome {{Customer.FirstName}}</p>");
        await world.MessageAsync(greta, template);

        await world.DeliverAsync();

        Assert.That(store.Mail.Sent.Single().Subject, Is.EqualTo("Welcome"));
    }

    [Test]
    public async Task Marketing_email_carries_one_click_unsubscribe_headers_and_the_message_id()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        var message = await world.MessageAsync(ann, await world.TemplateAsync("News", "<p>Hello</p>"));

        await world.DeliverAsync();

        var headers = store.Mail.Sent.Single().Headers;
        Assert.That(headers["List-Unsubscribe-Post"], Is.EqualTo("List-Unsubscribe=One-Click"));
        Assert.That(headers["List-Unsubscribe"], Does.Match(@"^<https://store\.test/triggermail/unsubscribe/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+>, <mailto:shop@store\.test\?subject=unsubscribe%20[^>]+>$"));
        Assert.That(headers[TriggerMailDefaults.MessageIdHeader], Is.EqualTo(message.MessageGuid.ToString("D")));
        Assert.That(store.Mail.Sent.Single().Body, Does.Contain("triggermail/unsubscribe/"));
    }

    [Test]
    public async Task Transactional_email_carries_the_message_id_but_no_unsubscribe_headers()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        var message = await world.MessageAsync(ann, await world.TemplateAsync("Your order shipped", "<p>On its way</p>"), transactional: true);

        await world.DeliverAsync();

        var email = store.Mail.Sent.Single();
        Assert.That(email.Headers.Keys, Is.EquivalentTo(new[] { TriggerMailDefaults.MessageIdHeader }));
        Assert.That(email.Headers[TriggerMailDefaults.MessageIdHeader], Is.EqualTo(message.MessageGuid.ToString("D")));
        Assert.That(email.Body, Does.Not.Contain("Unsubscribe"));
    }

    [Test]
    public async Task An_unsubscribed_customer_gets_no_marketing_but_still_gets_order_status_mail()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        await store.InsertAsync(new Suppression { Email = "ann@example.com", ScenarioId = 0, Reason = SuppressionReason.Unsubscribed, CreatedOnUtc = store.Clock.UtcNow });
        var marketing = await world.MessageAsync(ann, await world.TemplateAsync("Sale", "<p>Sale</p>"), scenarioId: 7);
        var orderStatus = await world.MessageAsync(ann, await world.TemplateAsync("Order shipped", "<p>Shipped</p>"), transactional: true, scenarioId: 8);

        await world.DeliverAsync();

        Assert.That(store.Mail.Sent.Select(e => e.Subject), Is.EqualTo(new[] { "Order shipped" }));
        Assert.That(world.Reload(marketing).Status, Is.EqualTo(MessageStatus.Suppressed));
        Assert.That(world.Reload(marketing).LastError, Does.Contain("Unsubscribed"));
        Assert.That(world.Reload(orderStatus).Status, Is.EqualTo(MessageStatus.Sent));
    }

    [Test]
    public async Task A_customer_without_marketing_consent_gets_no_marketing_but_still_gets_order_status_mail()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var bob = await world.CustomerAsync("bob@example.com", "Bob", subscribed: false);
        var marketing = await world.MessageAsync(bob, await world.TemplateAsync("Sale", "<p>Sale</p>"), scenarioId: 7);
        await world.MessageAsync(bob, await world.TemplateAsync("Order paid", "<p>Paid</p>"), transactional: true, scenarioId: 8);

        await world.DeliverAsync();

        Assert.That(store.Mail.Sent.Select(e => e.Subject), Is.EqualTo(new[] { "Order paid" }));
        Assert.That(world.Reload(marketing).LastError, Is.EqualTo("No marketing consent."));
    }

    [Test]
    public async Task A_named_gdpr_consent_grants_marketing_when_the_settings_say_so()
    {
        await using var store = await StoreHarness.StartAsync();
        var settings = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        settings.MarketingConsentSource = MarketingConsentSource.GdprConsent;
        settings.GdprConsentId = 3;
        await store.Settings.SaveSettingAsync(settings);
        var world = await DeliveryWorld.CreateAsync(store);
        var consenting = await world.CustomerAsync("yes@example.com", "Yes", subscribed: false);
        var silent = await world.CustomerAsync("no@example.com", "No", subscribed: true);
        store.Gdpr.Answer(3, consenting.Id, true);
        var template = await world.TemplateAsync("Sale", "<p>Sale</p>");
        await world.MessageAsync(consenting, template);
        await world.MessageAsync(silent, template);

        await world.DeliverAsync();

        Assert.That(store.Mail.Sent.Select(e => e.ToAddress), Is.EqualTo(new[] { "yes@example.com" }));
    }

    [Test]
    public async Task A_hard_bounce_blocks_transactional_mail_too()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        await store.InsertAsync(new Suppression { Email = "ann@example.com", ScenarioId = 0, Reason = SuppressionReason.HardBounce, CreatedOnUtc = store.Clock.UtcNow });
        var orderStatus = await world.MessageAsync(ann, await world.TemplateAsync("Order shipped", "<p>Shipped</p>"), transactional: true);

        await world.DeliverAsync();

        Assert.That(store.Mail.Sent, Is.Empty);
        Assert.That(world.Reload(orderStatus).Status, Is.EqualTo(MessageStatus.Suppressed));
    }

    [Test]
    public async Task A_scenario_unsubscribe_stops_only_that_scenario()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        await store.InsertAsync(new Suppression { Email = "ann@example.com", ScenarioId = 7, Reason = SuppressionReason.Unsubscribed, CreatedOnUtc = store.Clock.UtcNow });
        await world.MessageAsync(ann, await world.TemplateAsync("Cart reminder", "<p>Cart</p>"), scenarioId: 7);
        await world.MessageAsync(ann, await world.TemplateAsync("Win-back", "<p>Miss you</p>"), scenarioId: 9);

        await world.DeliverAsync();

        Assert.That(store.Mail.Sent.Select(e => e.Subject), Is.EqualTo(new[] { "Win-back" }));
    }

    [Test]
    public async Task Throttling_caps_sends_per_minute_and_the_rest_go_in_the_next_minute()
    {
        await using var store = await StoreHarness.StartAsync();
        var settings = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        settings.MaxMessagesPerMinute = 3;
        await store.Settings.SaveSettingAsync(settings);
        var world = await DeliveryWorld.CreateAsync(store);
        var template = await world.TemplateAsync("News", "<p>News</p>");
        for (var i = 0; i < 5; i++)
            await world.MessageAsync(await world.CustomerAsync($"c{i}@example.com", $"C{i}"), template);

        await world.DeliverAsync();
        var afterFirstRun = store.Mail.Sent.Count;
        await world.DeliverAsync();
        var afterSecondRunSameMinute = store.Mail.Sent.Count;
        store.Clock.Advance(TimeSpan.FromSeconds(61));
        await world.DeliverAsync();

        Assert.That(afterFirstRun, Is.EqualTo(3));
        Assert.That(afterSecondRunSameMinute, Is.EqualTo(3));
        Assert.That(store.Mail.Sent, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task An_smtp_failure_is_retried_with_backoff_then_marked_failed_with_the_error()
    {
        await using var store = await StoreHarness.StartAsync();
        var settings = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        settings.MaxSendAttempts = 3;
        await store.Settings.SaveSettingAsync(settings);
        var world = await DeliveryWorld.CreateAsync(store);
        var message = await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("News", "<p>News</p>"));
        store.Mail.FailNext = _ => new IOException("421 4.7.0 Try again later");

        await world.DeliverAsync();
        var afterFirst = world.Reload(message);
        await world.DeliverAsync();
        var notYetDue = world.Reload(message);
        store.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.DeliverAsync();
        store.Clock.Advance(TimeSpan.FromMinutes(5));
        await world.DeliverAsync();
        store.Clock.Advance(TimeSpan.FromHours(1));
        await world.DeliverAsync();

        Assert.That(afterFirst.Status, Is.EqualTo(MessageStatus.Pending));
        Assert.That(afterFirst.NextAttemptOnUtc, Is.EqualTo(StoreHarness.DefaultNow.AddMinutes(1)));
        Assert.That(notYetDue.Attempts, Is.EqualTo(1));
        var final = world.Reload(message);
        Assert.That(final.Status, Is.EqualTo(MessageStatus.Failed));
        Assert.That(final.Attempts, Is.EqualTo(3));
        Assert.That(final.LastError, Does.Contain("421 4.7.0 Try again later"));
        var attempts = store.Query<DeliveryAttempt>(q => q.Where(a => a.MessageId == message.Id).OrderBy(a => a.AttemptNumber));
        Assert.That(attempts.Select(a => a.AttemptNumber), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(attempts.Select(a => a.Outcome), Is.All.EqualTo(DeliveryOutcome.TransientFailure));
        Assert.That(store.Mail.Sent, Is.Empty);
    }

    [Test]
    public async Task A_transient_failure_followed_by_success_sends_once()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var message = await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("News", "<p>News</p>"));
        var failures = 1;
        store.Mail.FailNext = _ => failures-- > 0 ? new TimeoutException("The operation has timed out.") : null;

        await world.DeliverAsync();
        store.Clock.Advance(TimeSpan.FromMinutes(2));
        await world.DeliverAsync();
        await world.DeliverAsync();

        Assert.That(store.Mail.Sent, Has.Count.EqualTo(1));
        Assert.That(world.Reload(message).Status, Is.EqualTo(MessageStatus.Sent));
        Assert.That(world.Reload(message).Attempts, Is.EqualTo(2));
    }

    [Test]
    public async Task A_permanent_smtp_rejection_fails_the_message_at_once()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var message = await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("News", "<p>News</p>"));
        store.Mail.FailNext = _ => new InvalidOperationException("550 5.1.1 Mailbox unavailable");

        await world.DeliverAsync();

        Assert.That(world.Reload(message).Status, Is.EqualTo(MessageStatus.Failed));
        Assert.That(world.Reload(message).Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task A_template_failing_at_send_time_fails_only_that_message_and_the_batch_goes_on()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        var broken = await world.MessageAsync(ann, await world.TemplateAsync("Broken", "<p>{{#each Cart.Items}}unclosed</p>"), scenarioId: 5);
        var fine = await world.MessageAsync(ann, await world.TemplateAsync("Fine", "<p>Fine</p>"), scenarioId: 6);

        await world.DeliverAsync();

        Assert.That(world.Reload(broken).Status, Is.EqualTo(MessageStatus.Failed));
        Assert.That(world.Reload(broken).LastError, Does.StartWith("Template: ").And.Contain("never closed"));
        Assert.That(world.Reload(fine).Status, Is.EqualTo(MessageStatus.Sent));
        Assert.That(store.Mail.Sent.Select(e => e.Subject), Is.EqualTo(new[] { "Fine" }));
    }

    [Test]
    public async Task A_message_whose_attempt_another_server_claimed_is_not_sent_again()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var message = await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("News", "<p>News</p>"));
        await store.InsertAsync(new DeliveryAttempt
        {
            MessageId = message.Id, AttemptNumber = 1, EmailAccountId = world.Account.Id, StartedOnUtc = store.Clock.UtcNow, Outcome = DeliveryOutcome.InProgress
        });

        await world.DeliverAsync();

        Assert.That(store.Mail.Sent, Is.Empty);
        Assert.That(world.Reload(message).Status, Is.EqualTo(MessageStatus.Pending));
    }

    [Test]
    public async Task A_claim_abandoned_before_sending_is_released_after_the_lease_and_the_message_goes_out_once()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var message = await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("News", "<p>News</p>"));
        await store.InsertAsync(new DeliveryAttempt
        {
            MessageId = message.Id, AttemptNumber = 1, EmailAccountId = world.Account.Id, StartedOnUtc = store.Clock.UtcNow, Outcome = DeliveryOutcome.InProgress
        });

        store.Clock.Advance(TimeSpan.FromMinutes(11));
        await world.DeliverAsync();
        await world.DeliverAsync();

        Assert.That(store.Mail.Sent, Has.Count.EqualTo(1));
        Assert.That(world.Reload(message).Status, Is.EqualTo(MessageStatus.Sent));
    }

    [Test]
    public async Task Two_servers_running_delivery_at_once_send_each_message_once()
    {
        // Two servers need two connections: the in-memory database has one, which is not thread-safe.
        var databasePath = Path.Combine(Path.GetTempPath(), $"triggermail-delivery-race-{Guid.NewGuid():N}.db");
        try
        {
            await using var store = await StoreHarness.StartAsync(databasePath: databasePath);
            var world = await DeliveryWorld.CreateAsync(store);
            var template = await world.TemplateAsync("News", "<p>News</p>");
            for (var i = 0; i < 6; i++)
                await world.MessageAsync(await world.CustomerAsync($"c{i}@example.com", $"C{i}"), template);

            await Task.WhenAll(Task.Run(world.DeliverAsync), Task.Run(world.DeliverAsync));

            Assert.That(store.Mail.Sent.Select(e => e.ToAddress), Is.Unique);
            Assert.That(store.Mail.Sent, Has.Count.EqualTo(6));
        }
        finally
        {
            foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
                File.Delete(file);
        }
    }

    [Test]
    public async Task A_send_interrupted_by_a_crash_is_failed_not_resent()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var message = await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("News", "<p>News</p>"));
        message.Status = MessageStatus.Sending;
        message.Attempts = 1;
        message.LockedUntilUtc = store.Clock.UtcNow.AddMinutes(-1);
        await store.UpdateAsync(message);

        await world.DeliverAsync();

        Assert.That(store.Mail.Sent, Is.Empty);
        Assert.That(world.Reload(message).Status, Is.EqualTo(MessageStatus.Failed));
    }

    [Test]
    public async Task An_order_email_shows_the_order_in_its_currency_with_tracking()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        var mug = await world.ProductAsync("Mug", 10m);
        var order = await store.InsertAsync(new Order
        {
            OrderGuid = Guid.NewGuid(), CustomerId = ann.Id, StoreId = world.Shop.Id, CustomOrderNumber = "A-100", CustomerCurrencyCode = "EUR",
            CurrencyRate = 0.9m, OrderTotal = 20m, OrderSubtotalInclTax = 20m, OrderStatus = OrderStatus.Processing, CreatedOnUtc = store.Clock.UtcNow
        });
        await store.InsertAsync(new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = order.Id, ProductId = mug.Id, Quantity = 2, UnitPriceInclTax = 10m, PriceInclTax = 20m });
        await store.InsertAsync(new Nop.Core.Domain.Shipping.Shipment { OrderId = order.Id, TrackingNumber = "TRK1", CreatedOnUtc = store.Clock.UtcNow });
        var template = await world.TemplateAsync("Order %Order.OrderNumber% shipped",
            "{{#each Order.Items}}<img src=\"{{PictureUrl}}\">{{Name}} {{Quantity}} {{Total}}{{/each}} Total {{Order.Total}} <a href=\"%Shipment.TrackingNumberURL%\">%Shipment.TrackingNumber%</a>");
        await world.MessageAsync(ann, template, transactional: true, orderId: order.Id);

        await world.DeliverAsync();

        var email = store.Mail.Sent.Single();
        Assert.That(email.Subject, Is.EqualTo("Order A-100 shipped"));
        Assert.That(email.Body, Does.Contain($"images/thumbs/{mug.Id:0000000}_240.jpeg\">Mug 2 18.00 EUR"));
        Assert.That(email.Body, Does.Contain("Total 18.00 EUR"));
        Assert.That(email.Body, Does.Contain("<a href=\"https://track.test/TRK1\">TRK1</a>"));
    }

    [Test]
    public async Task Cross_sells_of_the_cart_and_related_products_of_the_order_are_offered()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var ann = await world.CustomerAsync();
        var bob = await world.CustomerAsync("bob@example.com", "Bob");
        var camera = await world.ProductAsync("Camera", 300m);
        var bag = await world.ProductAsync("Camera bag", 40m);
        var tripod = await world.ProductAsync("Tripod", 60m);
        using var scope = store.CreateScope();
        var links = scope.ServiceProvider.GetRequiredService<HarnessProductLinks>();
        links.CrossSells[camera.Id] = [bag.Id];
        links.Related[camera.Id] = [tripod.Id];
        await world.AddToCartAsync(ann, camera, 1);
        var order = await store.InsertAsync(new Order { OrderGuid = Guid.NewGuid(), CustomerId = bob.Id, StoreId = world.Shop.Id, CurrencyRate = 1, CreatedOnUtc = store.Clock.UtcNow });
        await store.InsertAsync(new OrderItem { OrderItemGuid = Guid.NewGuid(), OrderId = order.Id, ProductId = camera.Id, Quantity = 1 });
        var template = await world.TemplateAsync("For you", "{{#each Recommended}}[{{Name}} {{Price}} {{Url}}]{{/each}}", withLayout: false);
        await world.MessageAsync(ann, template);
        await world.MessageAsync(bob, template, orderId: order.Id);

        await world.DeliverAsync();

        var bodies = store.Mail.Sent.ToDictionary(e => e.ToAddress, e => e.Body);
        Assert.That(bodies["ann@example.com"], Is.EqualTo($"[Camera bag 40.00 USD https://store.test/product-{bag.Id}-l1]"));
        Assert.That(bodies["bob@example.com"], Is.EqualTo($"[Tripod 60.00 USD https://store.test/product-{tripod.Id}-l1]"));
    }

    [Test]
    public async Task Delivery_uses_the_account_chosen_in_the_settings()
    {
        await using var store = await StoreHarness.StartAsync();
        var world = await DeliveryWorld.CreateAsync(store);
        var marketingAccount = await store.InsertAsync(new Nop.Core.Domain.Messages.EmailAccount { Email = "news@store.test", DisplayName = "News" });
        var settings = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        settings.EmailAccountId = marketingAccount.Id;
        await store.Settings.SaveSettingAsync(settings);
        await world.MessageAsync(await world.CustomerAsync(), await world.TemplateAsync("News", "<p>News</p>"));

        await world.DeliverAsync();

        Assert.That(store.Mail.Sent.Single().EmailAccountId, Is.EqualTo(marketingAccount.Id));
        Assert.That(store.Mail.Sent.Single().FromAddress, Is.EqualTo("news@store.test"));
    }
}
