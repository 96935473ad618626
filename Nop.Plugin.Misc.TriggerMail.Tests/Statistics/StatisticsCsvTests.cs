using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Statistics;

[TestFixture]
public class StatisticsCsvTests
{
    [Test]
    public void Daily_rows_use_the_invariant_culture_whatever_the_admins_culture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var csv = StatisticsCsv.Daily([new DailyFigures { Day = new DateTime(2026, 3, 1), Sent = 1200, Orders = 3, Revenue = 1234.5m }]);

            Assert.That(csv.Split("\r\n")[1], Is.EqualTo("2026-03-01,0,0,1200,0,0,0,0,0,0,0,0,0,3,1234.50,0,0.00"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Test]
    public void A_step_name_with_commas_quotes_or_a_formula_is_quoted_and_defused()
    {
        var csv = StatisticsCsv.Steps(
        [
            new StepFunnel("s1", "Hello, \"friend\"", 0, new EngagementFigures()),
            new StepFunnel("s2", "=HYPERLINK(\"x\")", 1, new EngagementFigures())
        ]);

        var lines = csv.Split("\r\n");
        Assert.That(lines[1], Does.StartWith("s1,\"Hello, \"\"friend\"\"\",0,"));
        Assert.That(lines[2], Does.StartWith("s2,\"'=HYPERLINK(\"\"x\"\")\",0,"));
    }

    [TestCase("Abandoned cart: 2nd try!", "triggermail-daily-abandoned-cart-2nd-try-2026-03-01-2026-03-30.csv")]
    [TestCase(null, "triggermail-daily-all-scenarios-2026-03-01-2026-03-30.csv")]
    [TestCase("Ünïcødé", "triggermail-daily-n-c-d-2026-03-01-2026-03-30.csv")]
    public void The_file_name_names_the_scenario_and_the_days(string scenario, string expected)
    {
        var name = StatisticsCsv.FileName("daily", scenario, new DateTime(2026, 3, 1), new DateTime(2026, 3, 30));

        Assert.That(name, Is.EqualTo(expected));
    }
}
