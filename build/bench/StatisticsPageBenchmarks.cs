using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Scenarios;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Statistics;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace TriggerMail.Benchmarks;

/// <summary>
/// What the statistics pages cost on a large rollup: 40 scenarios with two send steps of two variants each, one year
/// of daily rows (73,000 rows). The overview and a scenario page for 90 days, the scenario list's page of 40 (its
/// 7- and 30-day figures), and a year's daily CSV, each built as the controller builds it. Raw events do not matter:
/// the pages never read them. A test runs it at a smoke size so it cannot rot.
/// </summary>
public sealed class StatisticsPageBenchmarks : IBenchmarkSuite
{
    private readonly int _scenarios;
    private readonly int _days;
    private readonly int _repeats;

    public StatisticsPageBenchmarks()
        : this(scenarios: 40, days: 365, repeats: 5)
    {
    }

    public StatisticsPageBenchmarks(int scenarios, int days, int repeats)
    {
        _scenarios = scenarios;
        _days = days;
        _repeats = repeats;
    }

    public string Name => "statistics";

    public async Task RunAsync(Figures figures)
    {
        await using var store = await StoreHarness.StartAsync();
        var ids = new List<int>();
        for (var i = 0; i < _scenarios; i++)
            ids.Add(await AddScenarioAsync(store, $"Scenario {i + 1}"));
        var rows = Seed(store, ids);
        var today = store.Clock.UtcNow.Date;
        var quarter = new StatisticsPeriod(today.AddDays(-89), today, 90);

        var overview = await TimeAsync(store, async services =>
        {
            var factory = services.GetRequiredService<StatisticsModelFactory>();
            await factory.PrepareAsync(null, quarter, new StatisticsFilterModel());
        });
        var scenario = await TimeAsync(store, async services =>
        {
            var factory = services.GetRequiredService<StatisticsModelFactory>();
            await factory.PrepareAsync(await factory.GetScenarioAsync(ids[0]), quarter, new StatisticsFilterModel());
        });
        var list = await TimeAsync(store, async services =>
        {
            var factory = services.GetRequiredService<ScenarioModelFactory>();
            await factory.PrepareListModelAsync(new ScenarioSearchModel { Start = 0, Length = _scenarios });
        });
        var csv = await TimeAsync(store, async services =>
        {
            var series = await services.GetRequiredService<DailySeriesReader>().GetSeriesAsync(ids[0], today.AddDays(1 - _days), today);
            StatisticsCsv.Daily(series);
        });

        figures.Report("rollup_rows", rows, "rows");
        figures.Report("overview_90d_ms", overview, "ms");
        figures.Report("scenario_90d_ms", scenario, "ms");
        figures.Report("scenario_list_ms", list, "ms");
        figures.Report("daily_csv_365d_ms", csv, "ms");
        figures.Report("peak_memory", Figures.PeakMemoryMb(), "MB");
    }

    private static async Task<int> AddScenarioAsync(StoreHarness store, string name)
    {
        var scenario = await store.InsertAsync(new Scenario
        {
            Name = name, Status = ScenarioStatus.Active, CurrentVersion = 1, TriggerKind = TriggerKind.AbandonedCart, ExitGoalsJson = "[]",
            CreatedOnUtc = store.Clock.UtcNow, UpdatedOnUtc = store.Clock.UtcNow
        }, publishEvent: false);
        var order = 0;
        foreach (var key in new[] { "email-1", "email-2" })
            await store.InsertAsync(new ScenarioStep
            {
                ScenarioId = scenario.Id, ScenarioVersion = 1, StepKey = key, StepKind = StepKind.SendEmail, Name = key, OutcomesJson = "{}", DisplayOrder = order++,
                SettingsJson = StepSettingsJson.Write(new SendEmailSettings(Variants: [new EmailVariant("A", 1, 50), new EmailVariant("B", 2, 50)]))
            }, publishEvent: false);
        return scenario.Id;
    }

    private async Task<double> TimeAsync(StoreHarness store, Func<IServiceProvider, Task> build)
    {
        using (var warm = store.CreateScope())
            await build(warm.ServiceProvider);

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < _repeats; i++)
        {
            using var scope = store.CreateScope();
            await build(scope.ServiceProvider);
        }

        return watch.Elapsed.TotalMilliseconds / _repeats;
    }

    private int Seed(StoreHarness store, IReadOnlyList<int> scenarioIds)
    {
        var random = new Random(5);
        var today = store.Clock.UtcNow.Date;
        var rows = 0;
        using var transaction = store.Connection.BeginTransaction();
        using var command = store.Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO "TriggerMail_DailyStat" ("Day", "ScenarioId", "StepKey", "VariantKey", "Enrolled", "HoldoutEnrolled", "Sent", "Failed", "Suppressed",
                "Opens", "HumanOpens", "UniqueOpens", "UniqueHumanOpens", "Clicks", "UniqueClicks", "Unsubscribes", "Orders", "Revenue", "HoldoutOrders", "HoldoutRevenue")
            VALUES ($day, $scenario, $step, $variant, $enrolled, $holdout, $sent, 0, 0, $opens, $opens, $opens, $opens, $clicks, $clicks, 0, $orders, $revenue, 0, 0)
            """;
        string[] names = ["day", "scenario", "step", "variant", "enrolled", "holdout", "sent", "opens", "clicks", "orders", "revenue"];
        var parameters = names.ToDictionary(n => n, n => command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$" + n, null)));
        foreach (var scenarioId in scenarioIds)
        for (var day = 0; day < _days; day++)
        foreach (var (step, variant) in new[] { ("", ""), ("email-1", "A"), ("email-1", "B"), ("email-2", "A"), ("email-2", "B") })
        {
            var sent = step.Length == 0 ? 0 : random.Next(20, 60);
            parameters["day"].Value = today.AddDays(-day).ToString("yyyy-MM-dd HH:mm:ss");
            parameters["scenario"].Value = scenarioId;
            parameters["step"].Value = step;
            parameters["variant"].Value = variant;
            parameters["enrolled"].Value = step.Length == 0 ? random.Next(40, 80) : 0;
            parameters["holdout"].Value = step.Length == 0 ? random.Next(0, 8) : 0;
            parameters["sent"].Value = sent;
            parameters["opens"].Value = sent * 2 / 5;
            parameters["clicks"].Value = sent / 8;
            parameters["orders"].Value = sent / 20;
            parameters["revenue"].Value = sent / 20 * 80.0;
            command.ExecuteNonQuery();
            rows++;
        }

        transaction.Commit();
        return rows;
    }
}
