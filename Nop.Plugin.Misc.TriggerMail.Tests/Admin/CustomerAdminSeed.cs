using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

/// <summary>
/// A customer with a history of trigger mail, as delivery, tracking, attribution and unsubscribe leave it: a welcome
/// email opened (twice by her, once by a privacy proxy) and clicked, credited with order 1001; an abandoned-cart
/// reminder she unsubscribed through; a win-back email that failed; a review request held back (suppressed).
/// </summary>
internal sealed class CustomerAdminSeed
{
    public Customer Customer { get; private set; }

    public Message Welcome { get; private set; }

    public Message CartReminder { get; private set; }

    public Message Failed { get; private set; }

    public Message Held { get; private set; }

    public static async Task<CustomerAdminSeed> CreateAsync(StoreHarness store)
    {
        var seed = new CustomerAdminSeed();
        var now = store.Clock.UtcNow;
        seed.Customer = await store.InsertAsync(new Customer
        {
            Email = "jane.cooper@example.com", FirstName = "Jane", LastName = "Cooper", Active = true, CreatedOnUtc = now.AddDays(-40), LastActivityDateUtc = now
        });
        var welcome = await ScenarioAsync(store, "Welcome series", "welcome-1", "Welcome email");
        var cart = await ScenarioAsync(store, "Abandoned cart", "reminder-1", "First reminder");
        var winBack = await ScenarioAsync(store, "Win-back", "winback-1", "We miss you");
        var review = await ScenarioAsync(store, "Review request", "review-1", "Ask for a review");

        seed.Welcome = await MessageAsync(store, seed.Customer, welcome, "welcome-1", "Welcome to Your store, Jane!", MessageStatus.Sent, null, now.AddDays(-30));
        seed.CartReminder = await MessageAsync(store, seed.Customer, cart, "reminder-1", "You left something in your cart", MessageStatus.Sent, null, now.AddDays(-10));
        seed.Failed = await MessageAsync(store, seed.Customer, winBack, "winback-1", null, MessageStatus.Failed, "550 5.1.1 Mailbox unavailable", now.AddDays(-3));
        seed.Held = await MessageAsync(store, seed.Customer, review, "review-1", null, MessageStatus.Suppressed, "Unsubscribed from all marketing.", now.AddDays(-1));

        await EventAsync(store, seed.Welcome, TrackingEventType.Open, false, now.AddDays(-30).AddHours(1));
        await EventAsync(store, seed.Welcome, TrackingEventType.Open, false, now.AddDays(-29));
        await EventAsync(store, seed.Welcome, TrackingEventType.Open, true, now.AddDays(-30).AddMinutes(1));
        await EventAsync(store, seed.Welcome, TrackingEventType.Click, false, now.AddDays(-30).AddHours(1));
        await EventAsync(store, seed.CartReminder, TrackingEventType.Open, false, now.AddDays(-9));
        await store.InsertAsync(new Conversion
        {
            OrderId = 1001, CustomerId = seed.Customer.Id, ScenarioId = welcome.Id, MessageId = seed.Welcome.Id, StepKey = "welcome-1", VariantKey = string.Empty,
            OrderTotal = 84.50m, Revenue = 84.50m, OrderedOnUtc = now.AddDays(-28), CreatedOnUtc = now.AddDays(-28)
        }, publishEvent: false);
        await store.InsertAsync(new Suppression
        {
            Email = seed.Customer.Email, CustomerId = seed.Customer.Id, ScenarioId = 0, Reason = SuppressionReason.Unsubscribed,
            Note = $"Unsubscribed from message {seed.CartReminder.MessageGuid:D}", CreatedOnUtc = now.AddDays(-9)
        }, publishEvent: false);
        return seed;
    }

    private static async Task<Scenario> ScenarioAsync(StoreHarness store, string name, string stepKey, string stepName)
    {
        var scenario = await store.InsertAsync(new Scenario
        {
            Name = name, TriggerKind = TriggerKind.CustomerRegistered, Category = ScenarioCategory.Marketing, Status = ScenarioStatus.Active,
            TrackingEnabled = true, CurrentVersion = 1, CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow
        });
        await store.InsertAsync(new ScenarioStep { ScenarioId = scenario.Id, ScenarioVersion = 1, StepKey = stepKey, StepKind = StepKind.SendEmail, Name = stepName, SettingsJson = "{}", OutcomesJson = "{}" });
        return scenario;
    }

    private static Task<Message> MessageAsync(StoreHarness store, Customer customer, Scenario scenario, string stepKey, string subject,
        MessageStatus status, string error, DateTime createdOnUtc)
    {
        return store.InsertAsync(new Message
        {
            MessageGuid = Guid.NewGuid(), EnrollmentId = scenario.Id, StepKey = stepKey, ScenarioId = scenario.Id, CustomerId = customer.Id, StoreId = 1,
            TemplateId = 1, VariantKey = string.Empty, ToEmail = customer.Email, Subject = subject, Status = status, LastError = error, Attempts = 1,
            CreatedOnUtc = createdOnUtc, SentOnUtc = status == MessageStatus.Sent ? createdOnUtc.AddMinutes(1) : null
        }, publishEvent: false);
    }

    private static Task<TrackingEvent> EventAsync(StoreHarness store, Message message, TrackingEventType type, bool machine, DateTime occurredOnUtc)
    {
        return store.InsertAsync(new TrackingEvent { MessageId = message.Id, EventType = type, IsMachine = machine, OccurredOnUtc = occurredOnUtc }, publishEvent: false);
    }
}
