using Nop.Plugin.Misc.TriggerMail.Admin.Factories;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Admin;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness.Browser;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Browser;

[TestFixture]
[NonParallelizable]
public class StatisticsPagesBrowserTests
{
    private static readonly DateTime Now = new(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc);

    private static long ChartPoints(BrowserSession browser) =>
        Convert.ToInt64(browser.Script("const c = Chart.getChart('statistics-chart'); return c ? c.data.labels.length : -1;"));

    // The browser's own request for /favicon.ico is answered 404 by the test host (a store serves one); it is not the page's.
    private static IReadOnlyList<string> PageErrors(BrowserSession browser) =>
        browser.ConsoleErrors().Where(e => !e.Contains("/favicon.ico", StringComparison.Ordinal)).ToList();

    // Headless Chromium will not grow its window past the screen, so the page is laid out at its full height through the
    // DevTools protocol for a full-page shot, then put back.
    private static void FullPageScreenshot(BrowserSession browser, string name)
    {
        var width = Convert.ToInt64(browser.Script("return window.innerWidth;"));
        var height = Convert.ToInt64(browser.Script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight, document.querySelector('.content-wrapper').scrollHeight + 60);"));
        browser.Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object>
        {
            ["width"] = width, ["height"] = Math.Min(height, 4000), ["deviceScaleFactor"] = 1, ["mobile"] = false
        });
        browser.Script("Chart.getChart('statistics-chart').resize();");
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        browser.Driver.GetScreenshot().SaveAsFile(Path.Combine(BrowserSession.ScreenshotFolder, name + ".png"));
        browser.Driver.ExecuteCdpCommand("Emulation.clearDeviceMetricsOverride", new Dictionary<string, object>());
    }

    [Test]
    public async Task The_overview_draws_the_daily_chart_and_switching_to_seven_days_updates_cards_and_chart()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Now);
        await StatisticsSeed.SeedAsync(store);
        var count = new StatisticsCount(store);
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open("/Admin/TriggerMailStatistics/Index");
        browser.Wait(_ => ChartPoints(browser) == 30, "the chart to draw 30 days");
        var drawn = Convert.ToBoolean(browser.Script(
            "const c = document.getElementById('statistics-chart'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;" +
            "for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false;"));
        FullPageScreenshot(browser, "statistics-overview");
        browser.Click("a.statistics-preset[data-days='7']");
        var week = count.For(null, Now.Date.AddDays(-6), Now.Date);
        browser.WaitForText(".statistics-kpi[data-kpi='Sent'] .kpi-value", StatisticsFormat.Count(week.Sent));

        Assert.That(drawn, Is.True, "the canvas has pixels drawn");
        Assert.That(ChartPoints(browser), Is.EqualTo(7));
        Assert.That(browser.Find(".statistics-kpi[data-kpi='Sent'] .kpi-value").Text, Is.EqualTo(StatisticsFormat.Count(week.Sent)));
        Assert.That(browser.Find(".statistics-kpi[data-kpi='Orders'] .kpi-value").Text, Is.EqualTo(StatisticsFormat.Count(week.Orders)));
        Assert.That(browser.Find("#From").GetAttribute("value"), Is.EqualTo(Now.Date.AddDays(-6).ToString("yyyy-MM-dd")));
        Assert.That(Convert.ToInt64(browser.Script("return Chart.getChart('statistics-chart').data.datasets[0].data.reduce((a, b) => a + b, 0);")), Is.EqualTo(week.Delivered));
        Assert.That(PageErrors(browser), Is.Empty);
    }

    [Test]
    public async Task The_scenario_page_shows_the_funnel_and_the_ab_test_in_progress_and_a_custom_period_updates_the_figures()
    {
        await using var store = await StoreHarness.StartAsync(utcNow: Now);
        var seed = await StatisticsSeed.SeedAsync(store);
        var count = new StatisticsCount(store);
        await using var site = await AdminSite.StartAsync(store, "http://127.0.0.1:0");
        using var browser = new BrowserSession(site.Address);

        browser.Open($"/Admin/TriggerMailStatistics/Scenario/{seed.AbandonedCart.Id}");
        browser.Wait(_ => ChartPoints(browser) == 30, "the chart to draw 30 days");
        FullPageScreenshot(browser, "statistics-scenario");
        browser.Script("document.getElementById('From').value = arguments[0]; document.getElementById('To').value = arguments[1];",
            Now.Date.AddDays(-20).ToString("yyyy-MM-dd"), Now.Date.AddDays(-11).ToString("yyyy-MM-dd"));
        browser.Click("#statistics-apply");
        var period = count.For(seed.AbandonedCart.Id, Now.Date.AddDays(-20), Now.Date.AddDays(-11));
        var firstStep = count.For(seed.AbandonedCart.Id, Now.Date.AddDays(-20), Now.Date.AddDays(-11), "reminder-1");
        browser.Wait(_ => ChartPoints(browser) == 10, "the chart to show the 10 days chosen");

        Assert.That(browser.Find(".statistics-kpi[data-kpi='Delivered'] .kpi-value").Text, Is.EqualTo(StatisticsFormat.Count(period.Delivered)));
        Assert.That(browser.Find("#statistics-funnel tr[data-step='reminder-1'] [data-col='Sent'] .funnel-value").Text, Is.EqualTo(StatisticsFormat.Count(firstStep.Delivered)));
        Assert.That(browser.Find("#statistics-abtests .abtest-state").Text, Is.EqualTo("Collecting recipients"));
        Assert.That(browser.FindAll("#statistics-abtests .abtest-variants tbody tr"), Has.Count.EqualTo(2));
        Assert.That(browser.Find("#statistics-export-steps").GetAttribute("href"), Does.Contain($"From={Now.Date.AddDays(-20):yyyy-MM-dd}"));
        Assert.That(PageErrors(browser), Is.Empty);
    }
}
