using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Plugin.Misc.TriggerMail.Engine.Tracking;
using Nop.Plugin.Misc.TriggerMail.Services.Statistics;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using TriggerMail.Benchmarks;

namespace TriggerMail.Benchmarks;

/// <summary>
/// Open-pixel and click requests per second through the plugin's real routes and controller on Kestrel
/// (127.0.0.1), the harness's file database behind them; and the daily rollup of 1,000,000 tracking events.
/// TRACKING_CONCURRENCY (default 32) sets the concurrent clients; TRACKING_SKIP_ROLLUP=1 measures the endpoints only.
/// </summary>
public sealed class TrackingBenchmarks : IBenchmarkSuite
{
    private const int Messages = 10_000;
    private const int Requests = 10_000;
    private static readonly int Concurrency = int.TryParse(Environment.GetEnvironmentVariable("TRACKING_CONCURRENCY"), out var c) ? c : 32;

    public string Name => "tracking";

    public async Task RunAsync(Figures figures)
    {
        var directory = Directory.CreateTempSubdirectory("triggermail-bench-");
        try
        {
            await MeasureEndpointsAsync(figures, Path.Combine(directory.FullName, "endpoints.db"));
            if (Environment.GetEnvironmentVariable("TRACKING_SKIP_ROLLUP") != "1")
                await MeasureRollupAsync(figures, Path.Combine(directory.FullName, "rollup.db"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task MeasureEndpointsAsync(Figures figures, string databasePath)
    {
        await using var store = await StoreHarness.StartAsync(databasePath: databasePath);
        var secret = (await store.Settings.LoadSettingAsync<Nop.Plugin.Misc.TriggerMail.TriggerMailSettings>()).TokenSecret;
        var codec = new TrackingTokenCodec(secret);
        var guids = SeedMessages(store);
        await using var site = await PublicSite.StartAsync(store, listenUrl: "http://127.0.0.1:0");
        store.Clock.Advance(TimeSpan.FromHours(1));

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(site.Address)
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36");

        string PixelPath(int i) => "/tm/o/" + codec.Encode(TrackingPurpose.Open, new TrackingToken(guids[i % guids.Length], 0));
        string ClickPath(int i) => "/tm/c/" + codec.Encode(TrackingPurpose.Click, new TrackingToken(guids[i % guids.Length], 0));

        // Warm both paths up to steady-state (tiered JIT, EF query caches) before measuring either.
        await LoadAsync(client, PixelPath, 3000, HttpStatusCode.OK);
        await LoadAsync(client, ClickPath, 3000, HttpStatusCode.Redirect);
        var pixel = await LoadAsync(client, PixelPath, Requests, HttpStatusCode.OK);
        var click = await LoadAsync(client, ClickPath, Requests, HttpStatusCode.Redirect);

        figures.Report("pixel_rps", pixel.Rps, "/s");
        figures.Report("click_rps", click.Rps, "/s");
        figures.Report("p50_ms", Math.Max(pixel.P50, click.P50), "ms");
        figures.Report("p99_ms", Math.Max(pixel.P99, click.P99), "ms");
    }

    private static async Task MeasureRollupAsync(Figures figures, string databasePath)
    {
        await using var store = await StoreHarness.StartAsync(databasePath: databasePath);
        const int events = 1_000_000;
        store.Database.Execute($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Messages})
            INSERT INTO "TriggerMail_Message" ("MessageGuid", "EnrollmentId", "StepKey", "ScenarioId", "CustomerId", "StoreId", "TemplateId", "VariantKey",
                "IsTransactional", "ToEmail", "StatusId", "Attempts", "CreatedOnUtc", "SentOnUtc")
            SELECT lower(hex(randomblob(16))), i, 'email-' || (i % 3), 1 + (i % 10), i, 1, 1, CASE i % 2 WHEN 0 THEN 'A' ELSE 'B' END,
                0, 'c' || i || '@example.com', {(int)MessageStatus.Sent}, 1, '2026-02-01 08:00:00', '2026-02-01 08:00:00' FROM n;
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {events})
            INSERT INTO "TriggerMail_TrackingEvent" ("MessageId", "EventTypeId", "OccurredOnUtc", "IsMachine")
            SELECT 1 + (i % {Messages}), CASE WHEN i % 10 < 7 THEN {(int)TrackingEventType.Open} ELSE {(int)TrackingEventType.Click} END,
                strftime('%Y-%m-%d %H:%M:%S', '2026-02-01 09:00:00', '+' || (i % (28 * 24 * 60)) || ' minutes'), i % 5 = 0 FROM n;
            """);
        store.Clock.Set(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc));
        var baseline = Figures.PeakMemoryMb();

        var watch = Stopwatch.StartNew();
        using (var scope = store.CreateScope())
            await scope.ServiceProvider.GetRequiredService<StatisticsRollupService>().RunAsync();
        watch.Stop();

        var rolled = store.Query<DailyStat>().Sum(s => s.Opens + s.Clicks);
        if (rolled != events)
            throw new InvalidOperationException($"The rollup counted {rolled} events, not {events}.");
        figures.Report("rollup_1m_ms", watch.Elapsed.TotalMilliseconds, "ms");
        figures.Report("rollup_peak_memory", Figures.PeakMemoryMb(), "MB");
        figures.Report("rollup_memory_before", baseline, "MB");
    }

    private static Guid[] SeedMessages(StoreHarness store)
    {
        var guids = Enumerable.Range(0, 1000).Select(_ => Guid.NewGuid()).ToArray();
        using var transaction = store.Database.Connection.BeginTransaction();
        for (var i = 0; i < guids.Length; i++)
        {
            using var command = store.Database.Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO "TriggerMail_Message" ("MessageGuid", "EnrollmentId", "StepKey", "ScenarioId", "CustomerId", "StoreId", "TemplateId",
                    "IsTransactional", "ToEmail", "StatusId", "Attempts", "CreatedOnUtc", "SentOnUtc")
                VALUES ($guid, $id, 'email-1', 1, $id, 1, 1, 0, 'c@example.com', 20, 1, $now, $now);
                INSERT INTO "TriggerMail_MessageLink" ("MessageId", "LinkIndex", "Url") VALUES (last_insert_rowid(), 0, 'https://shop.test/p/' || $id);
                """;
            command.Parameters.AddWithValue("$guid", guids[i].ToString().ToUpperInvariant());
            command.Parameters.AddWithValue("$id", i + 1);
            command.Parameters.AddWithValue("$now", store.Clock.UtcNow.ToString("yyyy-MM-dd HH:mm:ss"));
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return guids;
    }

    private static async Task<(double Rps, double P50, double P99)> LoadAsync(HttpClient client, Func<int, string> path, int requests, HttpStatusCode expected)
    {
        var latencies = new double[requests];
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path(i), HttpCompletionOption.ResponseHeadersRead);
                if (response.StatusCode != expected)
                    throw new InvalidOperationException($"{path(i)} answered {response.StatusCode}");
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        watch.Stop();

        Array.Sort(latencies);
        return (requests / watch.Elapsed.TotalSeconds, latencies[requests / 2], latencies[(int)(requests * 0.99)]);
    }
}
