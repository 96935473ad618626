using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Sending;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Common.Core;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace TriggerMail.Benchmarks;

/// <summary>
/// Due steps per minute with 100,000 active enrollments on the harness database (each run: a send step that
/// writes its message row, then a wait step), against the floor measured in the same process: one template
/// render plus one message insert. Until the template engine lands, the render is a stand-in: placeholder
/// substitution with HTML encoding over a 2 KB body. Peak memory is also probed at 10,000 and 100,000 enrollments,
/// each in a process of its own on a file database (<see cref="EngineMemoryProbe"/>), to show it flat in the count.
/// </summary>
public sealed class EngineBenchmarks : IBenchmarkSuite
{
    private const int Enrollments = 100_000;
    private const int Chunk = 5_000;
    private const int FloorMessages = 3_000;
    private const int RunSeconds = 30;
    private const int StepsPerRun = 2;

    public string Name => "engine";

    public async Task RunAsync(Figures figures)
    {
        if (EngineMemoryProbe.RequestedCount is { } probed)
        {
            EngineMemoryProbe.Print(await ProbePeakMemoryAsync(probed));
            return;
        }

        await using var store = await StoreHarness.StartAsync();
        var scenarioId = await ArrangeScenarioAsync(store);
        await ArrangeEnrollmentsAsync(store, scenarioId, Enrollments);

        var floorPerMessage = await MeasureFloorAsync(store);
        var (processed, elapsed) = await MeasureEngineAsync(store);

        var stepsPerMinute = processed * StepsPerRun / elapsed.TotalMinutes;
        var enginePerMessage = elapsed / processed;
        figures.Report("steps_per_min", stepsPerMinute, "/min");
        figures.Report("vs_floor", enginePerMessage / floorPerMessage, "x");
        figures.Report("floor_us", floorPerMessage.TotalMicroseconds, "us");
        figures.Report("enrollment_run_us", enginePerMessage.TotalMicroseconds, "us");
        figures.Report("peak_memory", Figures.PeakMemoryMb(), "MB");
        figures.Report("peak_memory_10k", await EngineMemoryProbe.MeasureInChildAsync(10_000), "MB");
        figures.Report("peak_memory_100k", await EngineMemoryProbe.MeasureInChildAsync(100_000), "MB");
    }

    /// <summary>In a probe process: the working set's peak while the runner works on <paramref name="enrollments"/> due enrollments.</summary>
    private static async Task<double> ProbePeakMemoryAsync(int enrollments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"triggermail-engine-probe-{Environment.ProcessId}.db");
        try
        {
            await using var store = await StoreHarness.StartAsync(databasePath: path);
            var scenarioId = await ArrangeScenarioAsync(store);
            await ArrangeEnrollmentsAsync(store, scenarioId, enrollments);
            return await EngineMemoryProbe.PeakWhileAsync(() => MeasureEngineAsync(store));
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                File.Delete(file);
        }
    }

    private static async Task<int> ArrangeScenarioAsync(StoreHarness store)
    {
        var scenario = await store.InsertAsync(new Scenario
        {
            Name = "Bench", TriggerKind = TriggerKind.CustomerRegistered, Category = ScenarioCategory.Marketing, Status = ScenarioStatus.Active,
            CurrentVersion = 1, CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow
        }, false);
        await store.InsertAsync(new ScenarioStep
        {
            ScenarioId = scenario.Id, ScenarioVersion = 1, StepKey = "send", StepKind = StepKind.SendEmail, DisplayOrder = 0,
            SettingsJson = StepSettingsJson.Write(new SendEmailSettings(1)), OutcomesJson = "{\"next\":\"wait\"}"
        }, false);
        await store.InsertAsync(new ScenarioStep
        {
            ScenarioId = scenario.Id, ScenarioVersion = 1, StepKey = "wait", StepKind = StepKind.WaitDuration, DisplayOrder = 1,
            SettingsJson = StepSettingsJson.Write(new WaitDurationSettings(24 * 60)), OutcomesJson = "{}"
        }, false);
        return scenario.Id;
    }

    private static async Task ArrangeEnrollmentsAsync(StoreHarness store, int scenarioId, int enrollments)
    {
        var now = store.Clock.UtcNow;
        for (var start = 0; start < enrollments; start += Chunk)
        {
            using var scope = store.CreateScope();
            var customers = Enumerable.Range(start, Chunk).Select(i => new Customer
            {
                Email = $"c{i}@example.com", Active = true, CreatedOnUtc = now, LastActivityDateUtc = now, RegisteredInStoreId = 1
            }).ToList();
            await scope.ServiceProvider.GetRequiredService<IRepository<Customer>>().InsertAsync(customers, false);

            await scope.ServiceProvider.GetRequiredService<IRepository<Enrollment>>().InsertAsync(customers.Select(c => new Enrollment
            {
                ScenarioId = scenarioId, ScenarioVersion = 1, CustomerId = c.Id, StoreId = 1, Status = EnrollmentStatus.Active,
                CurrentStepKey = "send", StepEnteredOnUtc = now, NextRunOnUtc = now, EnrolledOnUtc = now, EntryNumber = 1,
                Priority = SendPriority.Marketing
            }).ToList(), false);
        }
    }

    private static async Task<TimeSpan> MeasureFloorAsync(StoreHarness store)
    {
        using var scope = store.CreateScope();
        var messages = scope.ServiceProvider.GetRequiredService<IRepository<Message>>();
        var body = string.Concat(Enumerable.Repeat("<p>Hello {{name}}, your cart at {{store}} is waiting: {{items}}.</p>", 30));

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < FloorMessages; i++)
        {
            var rendered = body.Replace("{{name}}", WebUtility.HtmlEncode($"Customer {i}"))
                .Replace("{{store}}", WebUtility.HtmlEncode("Test store"))
                .Replace("{{items}}", WebUtility.HtmlEncode("2 × Mug <blue>"));
            await messages.InsertAsync(new Message
            {
                MessageGuid = Guid.NewGuid(), EnrollmentId = -1 - i, StepKey = "floor", CustomerId = i, StoreId = 1, TemplateId = 1,
                ToEmail = "floor@example.com", Subject = rendered[..40], Status = MessageStatus.Pending, CreatedOnUtc = store.Clock.UtcNow
            }, false);
        }

        watch.Stop();
        return watch.Elapsed / FloorMessages;
    }

    private static async Task<(int Processed, TimeSpan Elapsed)> MeasureEngineAsync(StoreHarness store)
    {
        using var scope = store.CreateScope();
        var runner = scope.ServiceProvider.GetRequiredService<DueEnrollmentRunner>();

        var watch = Stopwatch.StartNew();
        var processed = await runner.RunDueAsync(new RunBudget(TimeProvider.System, RunSeconds, 500));
        watch.Stop();

        return (processed, watch.Elapsed);
    }
}
