using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Segments.Compiler;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;

namespace TriggerMail.Benchmarks;

/// <summary>
/// Counting a five-condition segment (active, paid order count, paid spend, an open in the last 90 days, activity
/// in the last 180 days) over 1,000,000 customers and 3,000,000 orders on the harness database (in-memory
/// SQLite with nopCommerce's own indexes), seeded with INSERT … SELECT on the raw connection.
/// The peak memory includes the in-memory database itself (seeded_memory is the peak before counting);
/// count_alloc is what one count allocates on the managed heap.
/// </summary>
public sealed class SegmentBenchmarks : IBenchmarkSuite
{
    // SEGMENTS_SCALE=10 seeds a tenth, for trying plans quickly; the reported figure is at scale 1.
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("SEGMENTS_SCALE"), out var scale) && scale > 0 ? scale : 1;
    public static readonly int Customers = 1_000_000 / Scale;
    public static readonly int Orders = 3_000_000 / Scale;
    public static readonly int Messages = 500_000 / Scale;
    public static readonly int Opens = 150_000 / Scale;
    private const int Runs = 3;

    public static SegmentRule FiveConditions { get; } = SegmentRule.And(
        SegmentRule.Condition("profile.active", "is", true),
        WithPaidOnly(SegmentRule.Condition("orders.count", "gte", 3)),
        WithPaidOnly(SegmentRule.Condition("orders.totalSpent", "gte", 250m)),
        WithInLastDays(SegmentRule.Condition("engagement.opened", "is", true), 90),
        SegmentRule.Condition("activity.lastActivity", "withinDays", 180));

    public string Name => "segments";

    public async Task RunAsync(Figures figures)
    {
        await using var store = await StoreHarness.StartAsync();
        var seeding = Stopwatch.StartNew();
        Seed(store.Connection, store.Clock.UtcNow);
        figures.Report("seed_s", seeding.Elapsed.TotalSeconds, "s");
        // The database lives in this process: its size is the floor the count's peak is read against.
        figures.Report("seeded_memory", Figures.PeakMemoryMb(), "MB");

        using var scope = store.CreateScope();
        var segments = scope.ServiceProvider.GetRequiredService<SegmentService>();
        var timings = new List<double>();
        var count = 0;
        long allocated = 0;
        for (var run = 0; run < Runs; run++)
        {
            store.SqlLog.Clear();
            store.SqlLog.Enabled = true;
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            count = await segments.CountAsync(FiveConditions);
            watch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            store.SqlLog.Enabled = false;
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        figures.Report("count_1m_ms", timings[Runs / 2], "ms");
        figures.Report("count_1m_best_ms", timings[0], "ms");
        figures.Report("members", count, string.Empty);
        figures.Report("sql_statements", store.SqlLog.Statements.Count, string.Empty);
        figures.Report("count_alloc", allocated / (1024.0 * 1024.0), "MB");

        var memberCheck = Stopwatch.StartNew();
        for (var customerId = 1; customerId <= 1000; customerId++)
            await segments.IsMemberAsync(FiveConditions, customerId * 997);
        figures.Report("is_member_us", memberCheck.Elapsed.TotalMicroseconds / 1000, "us");
        figures.Report("peak_memory", Figures.PeakMemoryMb(), "MB");
    }

    private static SegmentRule WithPaidOnly(SegmentRule rule)
    {
        rule.PaidOnly = true;
        return rule;
    }

    private static SegmentRule WithInLastDays(SegmentRule rule, int days)
    {
        rule.InLastDays = days;
        return rule;
    }

    // Dates in EF Core's SQLite text format ('yyyy-MM-dd HH:mm:ss'), spread deterministically; owners of orders
    // and messages are spread by a Lehmer step so customers get 0 to ~10 orders.
    private static void Seed(SqliteConnection connection, DateTime utcNow)
    {
        var now = utcNow.ToString("yyyy-MM-dd HH:mm:ss");
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        Execute(connection, $"""
            WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {Customers})
            INSERT INTO "Customer" ("CustomerGuid", "Username", "Email", "FirstName", "CountryId", "StateProvinceId", "VatNumberStatusId",
                "IsTaxExempt", "AffiliateId", "VendorId", "HasShoppingCartItems", "RequireReLogin", "FailedLoginAttempts", "Active",
                "Deleted", "IsSystemAccount", "CreatedOnUtc", "LastActivityDateUtc", "RegisteredInStoreId", "MustChangePassword")
            SELECT printf('%08d-0000-0000-0000-000000000000', x), 'c' || x || '@example.com', 'c' || x || '@example.com', 'Customer ' || x,
                1 + x % 50, 0, 0, 0, 0, 0, 0, 0, 0, CASE WHEN x % 10 = 0 THEN 0 ELSE 1 END, 0, 0,
                datetime('{now}', '-' || (30 + x % 1000) || ' days'), datetime('{now}', '-' || (x % 400) || ' days'), 1, 0
            FROM n
            """);
        Execute(connection, $"""
            WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {Orders})
            INSERT INTO "Order" ("OrderGuid", "StoreId", "CustomerId", "BillingAddressId", "PickupInStore", "OrderStatusId", "ShippingStatusId",
                "PaymentStatusId", "CurrencyRate", "CustomerTaxDisplayTypeId", "OrderSubtotalInclTax", "OrderSubtotalExclTax",
                "OrderSubTotalDiscountInclTax", "OrderSubTotalDiscountExclTax", "OrderShippingInclTax", "OrderShippingExclTax",
                "PaymentMethodAdditionalFeeInclTax", "PaymentMethodAdditionalFeeExclTax", "OrderTax", "OrderDiscount", "OrderTotal",
                "RefundedAmount", "CustomerLanguageId", "AffiliateId", "Deleted", "CreatedOnUtc", "CustomOrderNumber")
            SELECT printf('%08d-0000-0000-0000-000000000001', x), 1, (x * 48271 % 2147483647) % {Customers} + 1, 0, 0, 30, 30,
                CASE WHEN x % 5 = 0 THEN 10 ELSE 30 END, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20 + x % 180, 0, 1, 0, 0,
                datetime('{now}', '-' || (x % 730) || ' days'), x
            FROM n
            """);
        Execute(connection, $"""
            WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {Messages})
            INSERT INTO "TriggerMail_Message" ("StepKey", "ToEmail", "MessageGuid", "EnrollmentId", "ScenarioId", "CustomerId", "StoreId",
                "TemplateId", "IsTransactional", "StatusId", "Attempts", "CreatedOnUtc", "SentOnUtc")
            SELECT 'step', 'c@example.com', printf('%08d-0000-0000-0000-000000000002', x), x, 1 + x % 5,
                (x * 16807 % 2147483647) % {Customers} + 1, 1, 1, 0, 20, 1,
                datetime('{now}', '-' || (x % 180) || ' days'), datetime('{now}', '-' || (x % 180) || ' days')
            FROM n
            """);
        Execute(connection, $"""
            WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {Opens})
            INSERT INTO "TriggerMail_TrackingEvent" ("MessageId", "EventTypeId", "OccurredOnUtc", "IsMachine", "RolledUp")
            SELECT x * 3, 10, datetime('{now}', '-' || (x % 180) || ' days'), CASE WHEN x % 10 = 0 THEN 1 ELSE 0 END, 0
            FROM n
            """);
        Execute(connection, "ANALYZE;");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
