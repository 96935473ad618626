using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Attribution;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

/// <summary>
/// A store with five weeks of trigger mail: three scenarios (an abandoned-cart chain with a holdout group and an
/// A/B test on its first reminder, a welcome series, a win-back), enrollments every day, messages sent, failed and
/// suppressed, opens by people and by machines, clicks, unsubscribes, orders after clicks (some refunded or cancelled,
/// some too late to count) and orders of holdout customers; then the statistics run and the rollup of every day.
/// Random but seeded, so every run holds the same store.
/// </summary>
public sealed class StatisticsSeed
{
    public const int SeededDays = 36;

    private readonly Random _random;
    private readonly DateTime _today;
    private int _nextCustomerId = 1000;

    private StatisticsSeed(DateTime today, int seed)
    {
        _today = today.Date;
        _random = new Random(seed);
    }

    public Scenario AbandonedCart { get; private set; }

    public Scenario Welcome { get; private set; }

    public Scenario WinBack { get; private set; }

    public DateTime FirstDay => _today.AddDays(1 - SeededDays);

    public static async Task<StatisticsSeed> SeedAsync(StoreHarness store, int seed = 20261122)
    {
        var world = new StatisticsSeed(store.Clock.UtcNow, seed);
        world.AbandonedCart = await AddScenarioAsync(store, "Abandoned cart recovery", holdoutPercent: 10, new ScenarioBuilder()
            .TriggeredBy(TriggerKind.AbandonedCart)
            .SendVariants("reminder-1", new EmailVariant("A", 11, 50), new EmailVariant("B", 12, 50))
            .WaitMinutes("wait-1", 24 * 60)
            .Send("reminder-2", 13), ("reminder-1", "First reminder"), ("reminder-2", "Second reminder with coupon"));
        world.Welcome = await AddScenarioAsync(store, "Welcome series", holdoutPercent: 0, new ScenarioBuilder()
            .TriggeredBy(TriggerKind.CustomerRegistered)
            .Send("welcome-1", 21)
            .WaitMinutes("wait-1", 2 * 24 * 60)
            .Send("welcome-2", 22), ("welcome-1", "Welcome"), ("welcome-2", "Our bestsellers"));
        world.WinBack = await AddScenarioAsync(store, "Win-back after 90 days", holdoutPercent: 0, new ScenarioBuilder()
            .Send("winback-1", 31), ("winback-1", "We miss you"));

        using (var scope = store.CreateScope())
        {
            var services = scope.ServiceProvider;
            for (var day = 0; day < SeededDays; day++)
            {
                var date = world.FirstDay.AddDays(day);
                await world.SeedDayAsync(services, world.AbandonedCart, date, enrollments: 9 + world._random.Next(6), ["reminder-1", "reminder-2"], holdoutShare: 0.15);
                await world.SeedDayAsync(services, world.Welcome, date, enrollments: 5 + world._random.Next(4), ["welcome-1", "welcome-2"], holdoutShare: 0);
                if (day % 2 == 0)
                    await world.SeedDayAsync(services, world.WinBack, date, enrollments: 3 + world._random.Next(3), ["winback-1"], holdoutShare: 0);
            }
        }

        await RollUpAsync(store, world.FirstDay);
        return world;
    }

    /// <summary>The statistics task (attribution, refunds, promotion) and the rollup of every seeded day.</summary>
    public static async Task RollUpAsync(StoreHarness store, DateTime firstDay)
    {
        using (var scope = store.CreateScope())
            await scope.ServiceProvider.GetRequiredService<OrderAttributionService>().AttributeNewOrdersAsync(int.MaxValue);
        await store.RunTaskAsync(TriggerMailDefaults.Tasks.Statistics);
        using (var scope = store.CreateScope())
        {
            var rollup = scope.ServiceProvider.GetRequiredService<DailyStatRollup>();
            for (var day = firstDay.Date; day <= store.Clock.UtcNow.Date; day = day.AddDays(1))
                await rollup.RecomputeDayAsync(day);
        }
    }

    private static async Task<Scenario> AddScenarioAsync(StoreHarness store, string name, int holdoutPercent, ScenarioBuilder builder, params (string Key, string Name)[] stepNames)
    {
        var (scenario, steps) = builder.ToEntities(holdoutPercent: holdoutPercent);
        scenario.Name = name;
        scenario.CreatedOnUtc = scenario.UpdatedOnUtc = store.Clock.UtcNow.AddDays(-60);
        await store.InsertAsync(scenario, publishEvent: false);
        foreach (var step in steps)
        {
            step.ScenarioId = scenario.Id;
            step.Name = stepNames.FirstOrDefault(s => s.Key == step.StepKey).Name;
            await store.InsertAsync(step, publishEvent: false);
        }

        return scenario;
    }

    private async Task SeedDayAsync(IServiceProvider services, Scenario scenario, DateTime day, int enrollments, string[] sendSteps, double holdoutShare)
    {
        var enrollmentRepository = services.GetRequiredService<IRepository<Enrollment>>();
        for (var i = 0; i < enrollments; i++)
        {
            var customerId = _nextCustomerId++;
            var enrolledOn = day.AddHours(6 + _random.Next(14)).AddMinutes(_random.Next(60));
            var holdout = _random.NextDouble() < holdoutShare;
            var enrollment = new Enrollment
            {
                ScenarioId = scenario.Id, ScenarioVersion = 1, CustomerId = customerId, StoreId = 1, Status = EnrollmentStatus.Active,
                IsHoldout = holdout, EnrolledOnUtc = enrolledOn, EntryNumber = 1, CurrentStepKey = sendSteps[0], ContextJson = "{}"
            };
            await enrollmentRepository.InsertAsync(enrollment, publishEvent: false);
            if (holdout)
            {
                if (_random.NextDouble() < 0.04)
                    await OrderAsync(services, customerId, enrolledOn.AddHours(4 + _random.Next(90)));
                continue;
            }

            var variant = scenario == AbandonedCart && i % 2 == 1 ? "B" : scenario == AbandonedCart ? "A" : string.Empty;
            for (var step = 0; step < sendSteps.Length; step++)
                await MessageAsync(services, enrollment, sendSteps[step], step == 0 ? variant : string.Empty, enrolledOn.AddDays(step).AddMinutes(30 + _random.Next(120)),
                    clickBoost: variant == "B" && step == 0 ? 0.06 : 0);
        }
    }

    private async Task MessageAsync(IServiceProvider services, Enrollment enrollment, string stepKey, string variant, DateTime sentOn, double clickBoost)
    {
        if (sentOn > _today.AddHours(12))
            return;

        var roll = _random.NextDouble();
        var status = roll < 0.03 ? MessageStatus.Failed : roll < 0.06 ? MessageStatus.Suppressed : MessageStatus.Sent;
        var message = new Message
        {
            MessageGuid = Guid.NewGuid(), EnrollmentId = enrollment.Id, StepKey = stepKey, ScenarioId = enrollment.ScenarioId, CustomerId = enrollment.CustomerId,
            StoreId = 1, TemplateId = 1, VariantKey = variant, ToEmail = $"customer{enrollment.CustomerId}@example.com", Subject = "Hello",
            Status = status, CreatedOnUtc = sentOn, SentOnUtc = status == MessageStatus.Sent ? sentOn : null, Attempts = 1
        };
        await services.GetRequiredService<IRepository<Message>>().InsertAsync(message, publishEvent: false);
        if (status != MessageStatus.Sent)
            return;

        var events = services.GetRequiredService<IRepository<TrackingEvent>>();
        async Task EventAsync(TrackingEventType type, DateTime at, bool machine) =>
            await events.InsertAsync(new TrackingEvent { MessageId = message.Id, EventType = type, OccurredOnUtc = at, IsMachine = machine }, publishEvent: false);

        if (_random.NextDouble() < 0.18)
            await EventAsync(TrackingEventType.Open, sentOn.AddSeconds(5 + _random.Next(30)), machine: true);
        if (_random.NextDouble() < 0.05)
            await EventAsync(TrackingEventType.Click, sentOn.AddSeconds(2 + _random.Next(6)), machine: true);
        if (_random.NextDouble() >= 0.42)
            return;

        var openedOn = sentOn.AddMinutes(10 + _random.Next(36 * 60));
        await EventAsync(TrackingEventType.Open, openedOn, machine: false);
        if (_random.NextDouble() < 0.3)
            await EventAsync(TrackingEventType.Open, openedOn.AddHours(1 + _random.Next(30)), machine: false);
        if (_random.NextDouble() < 0.02)
            await EventAsync(TrackingEventType.Unsubscribe, openedOn.AddMinutes(2), machine: false);
        if (_random.NextDouble() >= 0.3 + clickBoost * 3)
            return;

        var clickedOn = openedOn.AddMinutes(1 + _random.Next(20));
        await EventAsync(TrackingEventType.Click, clickedOn, machine: false);
        if (_random.NextDouble() < 0.45 + clickBoost)
            await OrderAsync(services, enrollment.CustomerId, clickedOn.AddHours(_random.NextDouble() < 0.1 ? 24 * 6 + _random.Next(48) : 1 + _random.Next(72)));
    }

    private async Task OrderAsync(IServiceProvider services, int customerId, DateTime placedOn)
    {
        if (placedOn > _today.AddHours(12))
            return;

        var total = Math.Round(25m + (decimal)_random.NextDouble() * 175m, 2);
        var roll = _random.NextDouble();
        await services.GetRequiredService<IRepository<Order>>().InsertAsync(new Order
        {
            OrderGuid = Guid.NewGuid(), CustomerId = customerId, StoreId = 1, OrderTotal = total, CreatedOnUtc = placedOn,
            OrderStatus = roll < 0.05 ? OrderStatus.Cancelled : OrderStatus.Complete, RefundedAmount = roll is >= 0.05 and < 0.12 ? Math.Round(total / 3, 2) : 0,
            CustomerCurrencyCode = "USD", CurrencyRate = 1
        }, publishEvent: false);
    }
}
