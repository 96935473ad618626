using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Services.Events;
using Nop.Services.Helpers;

namespace TriggerMail.Benchmarks;

/// <summary>
/// Triggers: an event consumer's cost per event against a bare repository insert of one inbox row (same database,
/// same run, interleaved rounds, median ratio), and a full time-trigger scan over 100,000 customers / 20,000 carts
/// (runs of the scheduled task until a run finds nothing new), with the process's peak memory.
/// </summary>
public sealed class TriggerBenchmarks : IBenchmarkSuite
{
    private const int Customers = 100_000;
    private const int Carts = 20_000;
    private static readonly string[] Zones = [null, "Pacific/Kiritimati", "Pacific/Honolulu", "Europe/Paris", "America/New_York", "Asia/Tokyo"];

    public string Name => "triggers";

    public async Task RunAsync(Figures figures)
    {
        figures.Report("consumer_vs_insert", await ConsumerVersusInsertAsync(), "x");

        var (scanMs, runs, peakHeapMb) = await ScanAsync();
        figures.Report("scan_100k_customers", scanMs, "ms");
        figures.Report("scan_peak_memory", peakHeapMb, "MB");
        Console.Error.WriteLine($"(scan took {runs} task runs; process peak working set including seeding {Figures.PeakMemoryMb():F0} MB)");
    }

    private static async Task<double> ConsumerVersusInsertAsync()
    {
        await using var store = await StoreHarness.StartAsync();
        const int perRound = 1_000;
        const int rounds = 7;
        var order = new Order { CustomerId = 1, StoreId = 1, OrderTotal = 10m, CustomerCurrencyCode = "EUR", OrderStatus = OrderStatus.Pending };
        var next = 1;

        async Task<double> BareAsync()
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < perRound; i++, next++)
            {
                using var scope = store.CreateScope();
                await scope.ServiceProvider.GetRequiredService<IRepository<TriggerInboxItem>>().InsertAsync(new TriggerInboxItem
                {
                    TriggerKind = TriggerKind.OrderPlaced, CustomerId = 1, StoreId = 1, EntityId = next, DedupeKey = $"bare:{next}",
                    OccurredOnUtc = store.Clock.UtcNow, CreatedOnUtc = store.Clock.UtcNow
                }, publishEvent: false);
            }

            return watch.Elapsed.TotalMicroseconds / perRound;
        }

        async Task<double> ConsumerAsync()
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < perRound; i++, next++)
            {
                using var scope = store.CreateScope();
                order.Id = next;
                await scope.ServiceProvider.GetRequiredService<IConsumer<OrderPlacedEvent>>().HandleEventAsync(new OrderPlacedEvent(order));
            }

            return watch.Elapsed.TotalMicroseconds / perRound;
        }

        await BareAsync();
        await ConsumerAsync();
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            // Alternate which goes first so a growing table or a collection does not favour either side.
            double bare, consumer;
            if (round % 2 == 0)
            {
                bare = await BareAsync();
                consumer = await ConsumerAsync();
            }
            else
            {
                consumer = await ConsumerAsync();
                bare = await BareAsync();
            }

            ratios.Add(consumer / bare);
        }

        ratios.Sort();
        return ratios[rounds / 2];
    }

    /// <summary>
    /// Runs the scan task until a run finds nothing new. Memory is the managed heap's peak while scanning, sampled
    /// every 10 ms after a full collection (the seeding's own garbage would otherwise hide it).
    /// </summary>
    private static async Task<(double Ms, int Runs, double PeakHeapMb)> ScanAsync()
    {
        var now = new DateTime(2026, 3, 8, 12, 0, 0, DateTimeKind.Utc);
        await using var store = await StoreHarness.StartAsync(utcNow: now);
        await store.Settings.SaveSettingAsync(new DateTimeSettings { DefaultStoreTimeZoneId = "UTC", AllowCustomersToSetTimeZone = true });
        await SeedAsync(store, now);
        foreach (var (kind, json) in new (TriggerKind, string)[]
                 {
                     (TriggerKind.AbandonedCart, "{\"thresholdMinutes\":60}"), (TriggerKind.AbandonedCart, "{\"thresholdMinutes\":1440}"),
                     (TriggerKind.Inactivity, "{\"days\":30}"), (TriggerKind.Birthday, null), (TriggerKind.RegistrationAnniversary, null),
                     (TriggerKind.FirstOrderAnniversary, null), (TriggerKind.CalendarDate, "{\"dates\":[\"03-08\"]}"),
                     (TriggerKind.AfterOrderPlaced, "{\"delayDays\":14}"), (TriggerKind.AfterOrderDelivered, "{\"delayDays\":7}")
                 })
            await store.InsertAsync(new Scenario
            {
                Name = kind.ToString(), TriggerKind = kind, TriggerSettingsJson = json, Status = ScenarioStatus.Active, CurrentVersion = 1,
                CreatedOnUtc = now.AddDays(-90), UpdatedOnUtc = now.AddDays(-90)
            });

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(10);
            }
        });

        var watch = Stopwatch.StartNew();
        var runs = 0;
        int before, after;
        var lastRunMs = 0.0;
        do
        {
            before = InboxCount(store);
            var run = Stopwatch.StartNew();
            await store.RunTaskAsync(TriggerMailDefaults.Tasks.TimeTriggerScan);
            lastRunMs = run.Elapsed.TotalMilliseconds;
            after = InboxCount(store);
            runs++;
        } while (after != before && runs < 50);
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;
        Console.Error.WriteLine($"(inbox rows written by the scan: {after}; a run with nothing new: {lastRunMs:F0} ms; heap before scan {baseline / 1048576.0:F0} MB)");
        return (watch.Elapsed.TotalMilliseconds, runs, peak / 1048576.0);
    }

    private static int InboxCount(StoreHarness store)
    {
        using var scope = store.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IRepository<TriggerInboxItem>>().Table.Count();
    }

    private static async Task SeedAsync(StoreHarness store, DateTime now)
    {
        var random = new Random(42);
        const int chunk = 5_000;
        for (var start = 0; start < Customers; start += chunk)
        {
            var batch = new List<Customer>(chunk);
            for (var i = start; i < start + chunk; i++)
            {
                var guest = i % 10 == 9;
                batch.Add(new Customer
                {
                    Email = guest ? null : $"c{i}@example.com", Active = true, RegisteredInStoreId = 1,
                    TimeZoneId = Zones[i % Zones.Length],
                    DateOfBirth = guest || i % 3 != 0 ? null : new DateTime(1950 + i % 50, 1, 1).AddDays(random.Next(365)),
                    CreatedOnUtc = now.AddDays(-random.Next(1, 1500)).AddMinutes(-random.Next(1440)),
                    LastActivityDateUtc = now.AddDays(-random.Next(0, 120)).AddMinutes(-random.Next(1440))
                });
            }

            await InsertAsync(store, batch);
        }

        var addresses = Enumerable.Range(0, Carts / 10).Select(i => new Address { Email = $"guest{i}@example.com", CreatedOnUtc = now }).ToList();
        await InsertAsync(store, addresses);

        var items = new List<ShoppingCartItem>();
        for (var c = 0; c < Carts; c++)
        {
            var customerId = 1 + c * (Customers / Carts);
            var changed = now.AddMinutes(-random.Next(10, 3 * 24 * 60));
            for (var line = 0; line <= c % 3; line++)
                items.Add(new ShoppingCartItem
                {
                    CustomerId = customerId, StoreId = 1, ProductId = 1 + random.Next(500), Quantity = 1 + line,
                    ShoppingCartType = c % 7 == 0 ? ShoppingCartType.Wishlist : ShoppingCartType.ShoppingCart,
                    CreatedOnUtc = changed, UpdatedOnUtc = changed.AddMinutes(-line)
                });
        }

        await InsertAsync(store, items);

        var orders = new List<Order>();
        for (var o = 0; o < 30_000; o++)
            orders.Add(new Order
            {
                OrderGuid = Guid.NewGuid(), CustomerId = 1 + random.Next(Customers), StoreId = 1, OrderTotal = 50m,
                OrderStatus = OrderStatus.Complete, ShippingStatus = o % 2 == 0 ? ShippingStatus.Delivered : ShippingStatus.Shipped,
                CustomerCurrencyCode = "EUR", CreatedOnUtc = now.AddDays(-random.Next(1, 800)).AddMinutes(-random.Next(1440))
            });
        await InsertAsync(store, orders);

        var shipments = orders.Where((_, i) => i % 2 == 0).Select(o => new Shipment
        {
            OrderId = o.Id, CreatedOnUtc = o.CreatedOnUtc.AddDays(1), ShippedDateUtc = o.CreatedOnUtc.AddDays(1), DeliveryDateUtc = o.CreatedOnUtc.AddDays(3)
        }).ToList();
        await InsertAsync(store, shipments);
    }

    private static async Task InsertAsync<TEntity>(StoreHarness store, List<TEntity> entities) where TEntity : Nop.Core.BaseEntity
    {
        for (var start = 0; start < entities.Count; start += 5_000)
        {
            using var scope = store.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IRepository<TEntity>>()
                .InsertAsync(entities.Skip(start).Take(5_000).ToList(), publishEvent: false);
        }
    }
}
