using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin;

/// <summary>
/// The statistics pages over HTTP on one seeded store (five weeks of three scenarios, read only): every figure the
/// pages, their JSON and their CSV show is checked against a count made straight from the raw tables.
/// </summary>
[TestFixture]
public class StatisticsPagesOverHttpTests
{
    private static readonly DateTime Now = new(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Today = Now.Date;

    private StoreHarness _store;
    private AdminSite _site;
    private StatisticsSeed _seed;
    private StatisticsCount _count;

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _store = await StoreHarness.StartAsync(utcNow: Now);
        _seed = await StatisticsSeed.SeedAsync(_store);
        _count = new StatisticsCount(_store);
        _site = await AdminSite.StartAsync(_store);
    }

    [OneTimeTearDown]
    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _store.DisposeAsync();
    }

    private static string Kpi(string html, string key) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-kpi=\"{key}\"[\\s\\S]*?class=\"info-box-number kpi-value\">([^<]*)<").Groups[1].Value);

    private async Task<JsonElement> FiguresAsync(AdminClient admin, int scenarioId, string days)
    {
        await admin.GetPageAsync("/Admin/TriggerMailStatistics/Index");
        var response = await admin.PostFormAsync("/Admin/TriggerMailStatistics/Figures", [new("ScenarioId", scenarioId.ToString()), new("Days", days)], ajax: true);
        return await AdminClient.JsonAsync(response);
    }

    [Test]
    public async Task The_overview_cards_show_what_the_tables_hold_for_the_last_30_days()
    {
        using var admin = _site.CreateClient();
        var expected = _count.For(null, Today.AddDays(-29), Today);
        var scenarios = new[] { _seed.AbandonedCart, _seed.Welcome, _seed.WinBack }.Select(s => _count.For(s.Id, Today.AddDays(-29), Today)).ToList();

        var html = await admin.GetPageAsync("/Admin/TriggerMailStatistics/Index");

        Assert.That(expected.Sent, Is.GreaterThan(500), "the seed gives the page real traffic");
        Assert.That(Kpi(html, "Sent"), Is.EqualTo(StatisticsFormat.Count(expected.Sent)));
        Assert.That(Kpi(html, "Delivered"), Is.EqualTo(StatisticsFormat.Count(expected.Delivered)));
        Assert.That(Kpi(html, "HumanOpenRate"), Is.EqualTo(StatisticsFormat.Percent(expected.HumanOpenRate)));
        Assert.That(Kpi(html, "ClickRate"), Is.EqualTo(StatisticsFormat.Percent(expected.ClickRate)));
        Assert.That(Kpi(html, "Unsubscribes"), Is.EqualTo(StatisticsFormat.Count(expected.Unsubscribes)));
        Assert.That(Kpi(html, "Orders"), Is.EqualTo(StatisticsFormat.Count(expected.Orders)));
        Assert.That(Kpi(html, "Revenue"), Is.EqualTo(StatisticsFormat.Money(expected.Revenue)));
        Assert.That(Kpi(html, "RevenuePerRecipient"), Is.EqualTo(StatisticsFormat.Money(expected.RevenuePerRecipient)));
        Assert.That(Kpi(html, "IncrementalOrders"), Is.EqualTo(StatisticsFormat.SignedCount(scenarios.Sum(s => s.IncrementalOrders))));
        Assert.That(Kpi(html, "IncrementalRevenue"), Is.EqualTo(StatisticsFormat.SignedMoney(scenarios.Sum(s => s.IncrementalRevenue))));
        Assert.That(html, Does.Contain("chart.umd.min.js"));
        Assert.That(html, Does.Contain("Content/admin/statistics.js"));
    }

    [Test]
    public async Task The_overview_chart_has_one_point_per_day_with_the_days_figures_from_the_tables()
    {
        using var admin = _site.CreateClient();

        var json = await FiguresAsync(admin, 0, "30");

        var series = json.GetProperty("Series").EnumerateArray().ToList();
        Assert.That(series.Select(d => d.GetProperty("Day").GetString()), Is.EqualTo(Enumerable.Range(0, 30).Select(i => Today.AddDays(i - 29).ToString("yyyy-MM-dd"))));
        foreach (var day in series)
        {
            var date = DateTime.ParseExact(day.GetProperty("Day").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var expected = _count.For(null, date, date);
            Assert.That((day.GetProperty("Sent").GetInt32(), day.GetProperty("Opens").GetInt32(), day.GetProperty("Clicks").GetInt32(), day.GetProperty("Orders").GetInt32(), day.GetProperty("Revenue").GetDecimal()),
                Is.EqualTo((expected.Delivered, expected.HumanOpened, expected.Clicked, expected.Orders, expected.Revenue)), date.ToString("yyyy-MM-dd"));
        }
    }

    [Test]
    public async Task The_chart_on_the_page_starts_with_the_same_figures_the_period_switch_returns()
    {
        using var admin = _site.CreateClient();

        var html = await admin.GetPageAsync("/Admin/TriggerMailStatistics/Scenario/" + _seed.Welcome.Id);
        var embedded = JsonDocument.Parse(WebUtility.HtmlDecode(Regex.Match(html, "data-model=\"([^\"]*)\"").Groups[1].Value)).RootElement;
        var switched = await FiguresAsync(admin, _seed.Welcome.Id, "30");

        Assert.That(embedded.GetProperty("Series").GetRawText(), Is.EqualTo(switched.GetProperty("Series").GetRawText()));
        Assert.That(embedded.GetProperty("Kpis").GetProperty("Cards").GetRawText(), Is.EqualTo(switched.GetProperty("Kpis").GetProperty("Cards").GetRawText()));
    }

    [Test]
    public async Task The_overview_lists_every_scenario_with_its_own_figures()
    {
        using var admin = _site.CreateClient();

        var json = await FiguresAsync(admin, 0, "30");

        var rows = json.GetProperty("Scenarios").EnumerateArray().ToDictionary(r => r.GetProperty("ScenarioId").GetInt32());
        Assert.That(rows.Keys, Is.EquivalentTo(new[] { _seed.AbandonedCart.Id, _seed.Welcome.Id, _seed.WinBack.Id }));
        foreach (var (id, row) in rows.Select(r => (r.Key, r.Value)))
        {
            var expected = _count.For(id, Today.AddDays(-29), Today);
            Assert.That((row.GetProperty("Sent").GetInt32(), row.GetProperty("Delivered").GetInt32(), row.GetProperty("Orders").GetInt32(), row.GetProperty("Revenue").GetDecimal(), row.GetProperty("Unsubscribes").GetInt32()),
                Is.EqualTo((expected.Sent, expected.Delivered, expected.Orders, expected.Revenue, expected.Unsubscribes)));
            Assert.That(row.GetProperty("HumanOpenRate").GetDouble(), Is.EqualTo(expected.HumanOpenRate).Within(1e-12));
            Assert.That(row.GetProperty("IncrementalRevenue").GetDecimal(), Is.EqualTo(expected.IncrementalRevenue).Within(0.0000001m));
        }
    }

    [Test]
    public async Task The_scenario_page_shows_the_holdout_comparison_the_funnel_per_step_and_the_ab_test()
    {
        using var admin = _site.CreateClient();
        var cart = _seed.AbandonedCart;
        var expected = _count.For(cart.Id, Today.AddDays(-29), Today);
        var variants = _store.Query<Message>(q => q.Where(m => m.ScenarioId == cart.Id && m.StepKey == "reminder-1" && m.StatusId == (int)Nop.Plugin.Misc.TriggerMail.Delivery.Core.MessageStatus.Sent))
            .GroupBy(m => m.VariantKey).ToDictionary(g => g.Key, g => g.Count());

        var html = await admin.GetPageAsync("/Admin/TriggerMailStatistics/Scenario/" + cart.Id);
        var json = await FiguresAsync(admin, cart.Id, "30");

        Assert.That((expected.HoldoutRecipients > 0, expected.HoldoutOrders > 0, expected.Orders > 10), Is.EqualTo((true, true, true)), "the seed has a holdout that orders and attributed orders");
        Assert.That(Kpi(html, "Orders"), Is.EqualTo(StatisticsFormat.Count(expected.Orders)));
        Assert.That(Kpi(html, "IncrementalOrders"), Is.EqualTo(StatisticsFormat.SignedCount(expected.IncrementalOrders)));
        Assert.That(Kpi(html, "IncrementalRevenue"), Is.EqualTo(StatisticsFormat.SignedMoney(expected.IncrementalRevenue)));
        var funnel = json.GetProperty("Funnel").EnumerateArray().ToList();
        Assert.That(funnel.Select(s => s.GetProperty("StepKey").GetString()), Is.EqualTo(new[] { "reminder-1", "reminder-2" }));
        foreach (var step in funnel)
        {
            var figures = _count.For(cart.Id, Today.AddDays(-29), Today, step.GetProperty("StepKey").GetString());
            Assert.That((step.GetProperty("Entered").GetInt32(), step.GetProperty("Sent").GetInt32(), step.GetProperty("Opened").GetInt32(), step.GetProperty("Clicked").GetInt32(), step.GetProperty("Ordered").GetInt32()),
                Is.EqualTo((figures.Delivered + figures.Failed + figures.Suppressed, figures.Delivered, figures.HumanOpened, figures.Clicked, figures.Orders)));
        }

        var test = json.GetProperty("AbTests").EnumerateArray().Single();
        Assert.That(test.GetProperty("State").GetString(), Is.EqualTo("Collecting recipients"));
        Assert.That(test.GetProperty("Variants").EnumerateArray().Select(v => (v.GetProperty("Key").GetString(), v.GetProperty("Recipients").GetInt32())),
            Is.EqualTo(new[] { ("A", variants["A"]), ("B", variants["B"]) }));
        Assert.That(test.GetProperty("Progress").GetDouble(), Is.EqualTo(Math.Min(variants["A"], variants["B"]) / 500.0).Within(1e-12));
        Assert.That(html, Does.Contain($"Smallest variant: {StatisticsFormat.Count(Math.Min(variants["A"], variants["B"]))} of 500 recipients"));
        Assert.That(html, Does.Contain("Second reminder with coupon"));
    }

    [Test]
    public async Task The_daily_csv_has_a_header_and_one_row_per_day_equal_to_the_daily_rollup()
    {
        using var admin = _site.CreateClient();
        var cart = _seed.AbandonedCart;

        var response = await admin.Http.GetAsync($"/Admin/TriggerMailStatistics/ExportCsv?ScenarioId={cart.Id}&Days=30&kind=daily");

        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition!.FileName?.Trim('"'), Is.EqualTo($"triggermail-daily-abandoned-cart-recovery-{Today.AddDays(-29):yyyy-MM-dd}-{Today:yyyy-MM-dd}.csv"));
        Assert.That(lines[0], Is.EqualTo("Day,Enrolled,HoldoutEnrolled,Sent,Failed,Suppressed,Opens,HumanOpens,UniqueOpens,UniqueHumanOpens,Clicks,UniqueClicks,Unsubscribes,Orders,Revenue,HoldoutOrders,HoldoutRevenue"));
        Assert.That(lines, Has.Length.EqualTo(31));
        var rollup = _store.Query<DailyStat>(q => q.Where(s => s.ScenarioId == cart.Id)).ToLookup(s => s.Day.Date);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            var day = rollup[DateTime.ParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)].ToList();
            var expected = string.Join(',', new[]
            {
                day.Sum(s => s.Enrolled), day.Sum(s => s.HoldoutEnrolled), day.Sum(s => s.Sent), day.Sum(s => s.Failed), day.Sum(s => s.Suppressed), day.Sum(s => s.Opens),
                day.Sum(s => s.HumanOpens), day.Sum(s => s.UniqueOpens), day.Sum(s => s.UniqueHumanOpens), day.Sum(s => s.Clicks), day.Sum(s => s.UniqueClicks),
                day.Sum(s => s.Unsubscribes), day.Sum(s => s.Orders)
            }.Select(n => n.ToString(CultureInfo.InvariantCulture))
                .Append(day.Sum(s => s.Revenue).ToString("0.00", CultureInfo.InvariantCulture))
                .Append(day.Sum(s => s.HoldoutOrders).ToString(CultureInfo.InvariantCulture))
                .Append(day.Sum(s => s.HoldoutRevenue).ToString("0.00", CultureInfo.InvariantCulture)));
            Assert.That(string.Join(',', cells.Skip(1)), Is.EqualTo(expected), cells[0]);
        }
    }

    [Test]
    public async Task The_steps_csv_has_the_funnel_the_page_shows()
    {
        using var admin = _site.CreateClient();
        var cart = _seed.AbandonedCart;
        var json = await FiguresAsync(admin, cart.Id, "30");

        var csv = await admin.Http.GetStringAsync($"/Admin/TriggerMailStatistics/ExportCsv?ScenarioId={cart.Id}&Days=30&kind=steps");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("StepKey,Step,Entered,Sent,Failed,Suppressed,UniqueHumanOpens,UniqueOpens,UniqueClicks,Unsubscribes,Orders,Revenue"));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')).Select(c => (c[0], c[1], int.Parse(c[2]), int.Parse(c[3]), int.Parse(c[6]), int.Parse(c[8]), int.Parse(c[10]), decimal.Parse(c[11], CultureInfo.InvariantCulture))),
            Is.EqualTo(json.GetProperty("Funnel").EnumerateArray().Select(s => (s.GetProperty("StepKey").GetString(), s.GetProperty("Name").GetString(), s.GetProperty("Entered").GetInt32(), s.GetProperty("Sent").GetInt32(),
                s.GetProperty("Opened").GetInt32(), s.GetProperty("Clicked").GetInt32(), s.GetProperty("Ordered").GetInt32(), s.GetProperty("Revenue").GetDecimal()))));
    }

    [TestCase("Days=7", -6, 0)]
    [TestCase("Days=90", -89, 0)]
    [TestCase("From=2026-03-05&To=2026-03-11", -26, -20)]
    public async Task The_period_counts_only_its_own_days(string query, int fromOffset, int toOffset)
    {
        using var admin = _site.CreateClient();
        var expected = _count.For(_seed.Welcome.Id, Today.AddDays(fromOffset), Today.AddDays(toOffset));

        var html = await admin.GetPageAsync($"/Admin/TriggerMailStatistics/Scenario/{_seed.Welcome.Id}?{query}");
        var csv = await admin.Http.GetStringAsync($"/Admin/TriggerMailStatistics/ExportCsv?ScenarioId={_seed.Welcome.Id}&{query}");

        Assert.That(Kpi(html, "Sent"), Is.EqualTo(StatisticsFormat.Count(expected.Sent)));
        Assert.That(Kpi(html, "Orders"), Is.EqualTo(StatisticsFormat.Count(expected.Orders)));
        Assert.That(html, Does.Contain($"{Today.AddDays(fromOffset):yyyy-MM-dd} – {Today.AddDays(toOffset):yyyy-MM-dd}"));
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.That(rows.Select(r => r[..10]), Is.EqualTo(Enumerable.Range(fromOffset, toOffset - fromOffset + 1).Select(i => Today.AddDays(i).ToString("yyyy-MM-dd"))));
        Assert.That(rows.Sum(r => int.Parse(r.Split(',')[3])), Is.EqualTo(expected.Delivered));
    }

    [Test]
    public async Task A_period_that_ends_before_it_starts_is_refused_naming_the_field_and_the_dates_stay_on_the_form()
    {
        using var admin = _site.CreateClient();
        await admin.GetPageAsync("/Admin/TriggerMailStatistics/Index");

        var response = await admin.PostFormAsync("/Admin/TriggerMailStatistics/Figures", [new("ScenarioId", "0"), new("From", "2026-03-20"), new("To", "2026-03-10")], ajax: true);
        var html = await admin.GetPageAsync("/Admin/TriggerMailStatistics/Index?From=2026-03-20&To=2026-03-10");

        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("Errors");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.GetProperty("To")[0].GetString(), Is.EqualTo("To (2026-03-10) must not be before From (2026-03-20)."));
        Assert.That(html, Does.Contain("To (2026-03-10) must not be before From (2026-03-20)."));
        Assert.That(html, Does.Contain("id=\"From\" name=\"From\" value=\"2026-03-20\""));
    }

    [Test]
    public async Task The_pages_their_figures_and_their_exports_read_the_rollup_and_never_the_raw_events_or_messages()
    {
        using var admin = _site.CreateClient();
        _store.SqlLog.Clear();
        _store.SqlLog.Enabled = true;

        try
        {
            await admin.GetPageAsync("/Admin/TriggerMailStatistics/Index?Days=90");
            await admin.GetPageAsync($"/Admin/TriggerMailStatistics/Scenario/{_seed.AbandonedCart.Id}?Days=90");
            await FiguresAsync(admin, _seed.AbandonedCart.Id, "7");
            await admin.Http.GetStringAsync($"/Admin/TriggerMailStatistics/ExportCsv?ScenarioId={_seed.AbandonedCart.Id}&Days=90&kind=steps");
        }
        finally
        {
            _store.SqlLog.Enabled = false;
        }

        var statements = _store.SqlLog.Statements;
        Assert.That(statements.Any(s => s.Contains("TriggerMail_DailyStat", StringComparison.Ordinal)), Is.True);
        Assert.That(statements.Where(s => s.Contains("\"TriggerMail_TrackingEvent\"", StringComparison.Ordinal) || s.Contains("\"TriggerMail_Message\"", StringComparison.Ordinal)
                                          || s.Contains("\"TriggerMail_Conversion\"", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task An_unknown_scenario_leads_back_to_the_overview()
    {
        using var admin = _site.CreateClient();

        var response = await admin.Http.GetAsync("/Admin/TriggerMailStatistics/Scenario/9999");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.EndWith("/Admin/TriggerMailStatistics"));
    }
}
