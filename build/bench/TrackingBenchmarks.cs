using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nop.Plugin.Misc.TriggerMail.Attribution;
using Nop.Plugin.Misc.TriggerMail.Attribution.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using TriggerMail.Benchmarks;

namespace TriggerMail.Benchmarks;

/// <summary>
/// Open-pixel and click requests per second through the plugin's real routes on Kestrel
/// (127.0.0.1), the harness's file database and the plugin's hosted event flusher behind them; and the daily rollup
/// of 1,000,000 tracking events. The load comes from wrk, a separate process (build/bench.sh installs it), so the
/// client's cost is not the server's: TRACKING_CONCURRENCY connections (default 32) on one wrk thread, a warm-up
/// run per endpoint, then TRACKING_SECONDS (default 10) per endpoint: first saturated (throughput: *_rps), then paced
/// at TRACKING_PACED_RATE (default 5000 /s, the goal) for the goal's latency (p50_ms/p99_ms). p50/p99 as wrk measured
/// them; wrk paces each connection (closed loop), so a stall delays that connection's next request instead of
/// queueing it: the paced p99 does not include coordinated omission (wrk2 would; it is not in Debian).
/// TRACKING_SKIP_ROLLUP=1 measures the endpoints only. Every answered request must have become a tracking event.
/// </summary>
public sealed class TrackingBenchmarks : IBenchmarkSuite
{
    private const int Messages = 10_000;
    private const int TrackedMessages = 1000;
    private const int UncachedMessages = 40_000;
    private const string Browser = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36";
    private static readonly int Concurrency = Setting("TRACKING_CONCURRENCY", 32);
    private static readonly int Seconds = Setting("TRACKING_SECONDS", 10);
    private static readonly int PacedRate = Setting("TRACKING_PACED_RATE", 5000);

    public string Name => "tracking";

    public async Task RunAsync(Figures figures)
    {
        var directory = Directory.CreateTempSubdirectory("triggermail-bench-");
        try
        {
            await MeasureEndpointsAsync(figures, directory.FullName);
            if (Environment.GetEnvironmentVariable("TRACKING_SKIP_ROLLUP") != "1")
                await MeasureRollupAsync(figures, Path.Combine(directory.FullName, "rollup.db"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task MeasureEndpointsAsync(Figures figures, string directory)
    {
        // The system clock, not the harness's fixed one: clicks spread over real seconds, as the scanner rule expects.
        await using var store = await StoreHarness.StartAsync(databasePath: Path.Combine(directory, "endpoints.db"),
            utcNow: DateTime.UtcNow.AddHours(-1), configureServices: services => services.AddSingleton(TimeProvider.System));
        var secret = (await store.Settings.LoadSettingAsync<Nop.Plugin.Misc.TriggerMail.TriggerMailSettings>()).TokenSecret;
        var codec = new TrackingTokenCodec(secret);
        var messages = SeedMessages(store, TrackedMessages + UncachedMessages);
        var uncached = messages.Skip(TrackedMessages).ToList();
        messages = messages.Take(TrackedMessages).ToList();
        var hosted = store.CreateScope().ServiceProvider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
            await service.StartAsync(CancellationToken.None);
        await using var site = await PublicSite.StartAsync(store, listenUrl: "http://127.0.0.1:0");

        var pixelScript = Script(directory, "pixel", messages.Select(m => "/tm/o/" + codec.Encode(TrackingPurpose.Open, new TrackingToken(m.Id, m.Guid, 0))));
        var clickScript = Script(directory, "click", messages.Select(m => "/tm/c/" + codec.Encode(TrackingPurpose.Click, new TrackingToken(m.Id, m.Guid, 0))));
        // The goal's latency is read at the goal's rate: each connection waits before its next request so that the
        // connections together send at least PacedRate requests per second (wrk's delay is whole milliseconds and its loop
        // adds about a millisecond, so the pause errs short; the achieved rate is reported). Saturated runs measure
        // throughput, where latency is mostly queueing.
        var pause = Math.Max(1, (int)Math.Floor(Concurrency * 1000.0 / PacedRate - 1.5));
        var pacedPixelScript = Script(directory, "paced-pixel", messages.Select(m => "/tm/o/" + codec.Encode(TrackingPurpose.Open, new TrackingToken(m.Id, m.Guid, 0))), pause);
        var pacedClickScript = Script(directory, "paced-click", messages.Select(m => "/tm/c/" + codec.Encode(TrackingPurpose.Click, new TrackingToken(m.Id, m.Guid, 0))), pause);
        var uncachedScript = Script(directory, "uncached", uncached.Select(m => "/tm/c/" + codec.Encode(TrackingPurpose.Click, new TrackingToken(m.Id, m.Guid, 0))));

        // Warm both paths up to steady state (tiered JIT, query caches, link cache) before measuring either.
        var warmPixel = await WrkAsync(site.Address, pixelScript, 3);
        var warmClick = await WrkAsync(site.Address, clickScript, 3);
        var pixel = await WrkAsync(site.Address, pixelScript, Seconds);
        var click = await WrkAsync(site.Address, clickScript, Seconds);
        var pacedPixel = await WrkAsync(site.Address, pacedPixelScript, Seconds);
        var pacedClick = await WrkAsync(site.Address, pacedClickScript, Seconds);
        // Each message clicked once: the first click of an email reads its links from the database.
        var first = await WrkAsync(site.Address, uncachedScript, 3);
        if (first.Requests > uncached.Count)
            Console.Error.WriteLine($"tracking: {first.Requests} uncached clicks over {uncached.Count} messages; some were cached");

        foreach (var service in hosted)
            await service.StopAsync(CancellationToken.None);
        var opens = store.Query<TrackingEvent>(q => q.Where(e => e.EventTypeId == (int)TrackingEventType.Open)).Count;
        var clicks = store.Query<TrackingEvent>(q => q.Where(e => e.EventTypeId == (int)TrackingEventType.Click)).Count;
        var answeredClicks = warmClick.Requests + click.Requests + pacedClick.Requests + first.Requests;
        var answeredPixels = warmPixel.Requests + pixel.Requests + pacedPixel.Requests;
        if (opens < answeredPixels || clicks < answeredClicks)
            throw new InvalidOperationException($"Answered {answeredPixels} pixels and {answeredClicks} clicks but recorded {opens} opens and {clicks} clicks.");

        figures.Report("pixel_rps", pixel.Rps, "/s");
        figures.Report("click_rps", click.Rps, "/s");
        // The goal's latency: p50/p99 of both endpoints at (at least) the goal's rate.
        figures.Report("p50_ms", Math.Max(pacedPixel.P50, pacedClick.P50), "ms");
        figures.Report("p99_ms", Math.Max(pacedPixel.P99, pacedClick.P99), "ms");
        figures.Report("saturated_p50_ms", Math.Max(pixel.P50, click.P50), "ms");
        figures.Report("saturated_p99_ms", Math.Max(pixel.P99, click.P99), "ms");
        figures.Report("pixel_saturated_p99_ms", pixel.P99, "ms");
        figures.Report("click_saturated_p99_ms", click.P99, "ms");
        figures.Report("pixel_server_cpu_us", pixel.CpuUs, "us/request");
        figures.Report("click_server_cpu_us", click.CpuUs, "us/request");
        figures.Report("first_click_rps", first.Rps, "/s");
        figures.Report("first_click_p99_ms", first.P99, "ms");
        figures.Report("first_click_server_cpu_us", first.CpuUs, "us/request");
        figures.Report("concurrency", Concurrency, "connections");
        figures.Report("paced_target_rps", PacedRate, "/s");
        figures.Report("pixel_paced_rps", pacedPixel.Rps, "/s");
        figures.Report("pixel_paced_p50_ms", pacedPixel.P50, "ms");
        figures.Report("pixel_paced_p99_ms", pacedPixel.P99, "ms");
        figures.Report("click_paced_rps", pacedClick.Rps, "/s");
        figures.Report("click_paced_p50_ms", pacedClick.P50, "ms");
        figures.Report("click_paced_p99_ms", pacedClick.P99, "ms");
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

    private static List<(int Id, Guid Guid)> SeedMessages(StoreHarness store, int count)
    {
        using (var transaction = store.Database.Connection.BeginTransaction())
        {
            for (var i = 0; i < count; i++)
            {
                using var command = store.Database.Connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = """
                    INSERT INTO "TriggerMail_Message" ("MessageGuid", "EnrollmentId", "StepKey", "ScenarioId", "CustomerId", "StoreId", "TemplateId",
                        "IsTransactional", "IsTracked", "ToEmail", "StatusId", "Attempts", "CreatedOnUtc", "SentOnUtc")
                    VALUES ($guid, $id, 'email-1', 1, $id, 1, 1, 0, 1, 'c@example.com', 20, 1, $now, $now);
                    INSERT INTO "TriggerMail_MessageLink" ("MessageId", "LinkIndex", "Url") VALUES (last_insert_rowid(), 0, 'https://shop.test/p/' || $id);
                    """;
                command.Parameters.AddWithValue("$guid", Guid.NewGuid().ToString().ToUpperInvariant());
                command.Parameters.AddWithValue("$id", i + 1);
                command.Parameters.AddWithValue("$now", store.Clock.UtcNow.ToString("yyyy-MM-dd HH:mm:ss"));
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return store.Query<Message>(q => q.OrderBy(m => m.Id)).Select(m => (m.Id, m.MessageGuid)).ToList();
    }

    /// <summary>A wrk script that cycles through the paths and prints its figures as key=value lines.</summary>
    private static string Script(string directory, string name, IEnumerable<string> paths, int pauseMs = 0)
    {
        var pause = pauseMs > 0 ? $"delay = function() return {pauseMs} end" : string.Empty;
        var path = Path.Combine(directory, name + ".lua");
        File.WriteAllText(path, $$"""
            wrk.headers["User-Agent"] = "{{Browser}}"
            local paths = { {{string.Join(", ", paths.Select(p => "\"" + p + "\""))}} }
            local i = 0
            {{pause}}
            request = function()
              i = i % #paths + 1
              return wrk.format("GET", paths[i])
            end
            done = function(summary, latency, requests)
              io.write(string.format("requests=%d\nduration_us=%d\nstatus_errors=%d\nsocket_errors=%d\np50_us=%d\np99_us=%d\n",
                summary.requests, summary.duration, summary.errors.status,
                summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
                latency:percentile(50), latency:percentile(99)))
            end
            """);
        return path;
    }

    /// <returns>Also the server's CPU time per answered request (this process: requests, flusher, GC), which
    /// other load on the machine does not change the way it changes throughput and latency.</returns>
    private static async Task<(long Requests, double Rps, double P50, double P99, double CpuUs)> WrkAsync(string address, string script, int seconds)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var start = new ProcessStartInfo("wrk", ["-t1", $"-c{Concurrency}", $"-d{seconds}s", "-s", script, address])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: build/bench.sh installs it.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var values = output.Split('\n')
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2 && long.TryParse(parts[1], out _))
            .ToDictionary(parts => parts[0].Trim(), parts => long.Parse(parts[1]));
        if (process.ExitCode != 0 || !values.ContainsKey("requests"))
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {output} {error}");
        if (values["status_errors"] > 0 || values["socket_errors"] > 0)
            throw new InvalidOperationException($"wrk saw {values["status_errors"]} error statuses and {values["socket_errors"]} socket errors: {output}");

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return (values["requests"], values["requests"] / (values["duration_us"] / 1e6), values["p50_us"] / 1000.0, values["p99_us"] / 1000.0,
            cpu.TotalMicroseconds / Math.Max(1, values["requests"]));
    }

    private static int Setting(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;
}
