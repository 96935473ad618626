using System.Diagnostics;
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
/// The floor every other figure is read against: one repository insert on the harness database.
/// </summary>
public sealed class HarnessBenchmarks : IBenchmarkSuite
{
    public string Name => "harness";

    public async Task RunAsync(Figures figures)
    {
        await using var store = await StoreHarness.StartAsync();
        const int rows = 5_000;

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rows; i++)
            await store.InsertAsync(new TriggerInboxItem
            {
                TriggerKind = TriggerKind.CustomerRegistered, CustomerId = i, StoreId = 1, DedupeKey = $"bench:{i}",
                OccurredOnUtc = store.Clock.UtcNow, CreatedOnUtc = store.Clock.UtcNow
            }, publishEvent: false);
        watch.Stop();

        figures.Report("insert_us", watch.Elapsed.TotalMicroseconds / rows, "us");
        figures.Report("peak_memory", Figures.PeakMemoryMb(), "MB");
    }
}
