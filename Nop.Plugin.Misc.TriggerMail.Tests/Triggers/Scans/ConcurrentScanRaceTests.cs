using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Scans;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Triggers.Scans;

/// <summary>
/// Two time-trigger scans released at the same moment on a file database with a connection each, as two servers
/// whose schedulers fire together: both start without a cursor and read the same customers.
/// </summary>
[TestFixture]
public class ConcurrentScanRaceTests
{
    private const int Customers = 60;

    private string _databasePath;

    [SetUp]
    public void CreatePath() => _databasePath = Path.Combine(Path.GetTempPath(), $"triggermail-scan-race-{Guid.NewGuid():N}.db");

    [TearDown]
    public void DeleteDatabase()
    {
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            File.Delete(file);
    }

    [Test]
    public async Task Two_time_trigger_scans_at_the_same_time_write_each_trigger_once()
    {
        await using var store = await StoreHarness.StartAsync(databasePath: _databasePath);
        await store.UseCustomerTimeZonesAsync();
        var settings = await store.Settings.LoadSettingAsync<TriggerMailSettings>();
        settings.BatchSize = 7;
        await store.Settings.SaveSettingAsync(settings);
        await store.ScenarioAsync(TriggerKind.AbandonedCart, "{\"thresholdMinutes\":60}");
        await store.ScenarioAsync(TriggerKind.Birthday);
        await store.ScenarioAsync(TriggerKind.Inactivity, "{\"days\":30}");
        var today = store.Clock.UtcNow;
        for (var i = 0; i < Customers; i++)
        {
            var customer = await store.RegisteredAsync($"c{i}@example.com", c =>
            {
                c.DateOfBirth = new DateTime(1990, today.Month, today.Day);
                c.LastActivityDateUtc = today.AddDays(-31);
            });
            await store.CartItemAsync(customer, 7);
        }
        store.Clock.Advance(TimeSpan.FromHours(2));

        using var first = store.CreateScope();
        using var second = store.CreateScope();
        var scans = new[] { first, second }.Select(s => ActivatorUtilities.CreateInstance<TimeTriggerScanTask>(s.ServiceProvider)).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = scans.Select(scan => Task.Run(async () =>
        {
            await start.Task;
            await scan.ExecuteAsync();
        })).ToList();
        start.SetResult();
        await Task.WhenAll(running);

        foreach (var kind in new[] { TriggerKind.AbandonedCart, TriggerKind.Birthday, TriggerKind.Inactivity })
        {
            var triggers = store.Triggers(kind);
            Assert.That(triggers, Has.Count.EqualTo(Customers), $"{kind}");
            Assert.That(triggers.Select(t => t.CustomerId).Distinct().Count(), Is.EqualTo(Customers), $"{kind}");
        }
        Assert.That(store.Query<ScanCursor>().GroupBy(c => c.CursorKey).Count(g => g.Count() > 1), Is.EqualTo(0));
    }
}
