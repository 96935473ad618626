using System.Globalization;
using System.Text;

namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>
/// CSV exports of the statistics pages (RFC 4180, invariant culture, a header row): the daily series and the per-step
/// figures, with the same figures the pages show. Text cells that a spreadsheet would run as a formula are quoted
/// with a leading apostrophe.
/// </summary>
public static class StatisticsCsv
{
    public const string ContentType = "text/csv";

    private static readonly string[] DailyHeader =
    [
        "Day", "Enrolled", "HoldoutEnrolled", "Sent", "Failed", "Suppressed", "Opens", "HumanOpens", "UniqueOpens", "UniqueHumanOpens",
        "Clicks", "UniqueClicks", "Unsubscribes", "Orders", "Revenue", "HoldoutOrders", "HoldoutRevenue"
    ];

    private static readonly string[] StepHeader =
    [
        "StepKey", "Step", "Entered", "Sent", "Failed", "Suppressed", "UniqueHumanOpens", "UniqueOpens", "UniqueClicks", "Unsubscribes",
        "Orders", "Revenue", "HumanOpenRate", "ClickRate", "ClickToOpenRate"
    ];

    public static string Daily(IEnumerable<DailyFigures> days)
    {
        var csv = new StringBuilder();
        Line(csv, DailyHeader);
        foreach (var d in days)
            Line(csv, [d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(d.Enrolled), N(d.HoldoutEnrolled), N(d.Sent), N(d.Failed), N(d.Suppressed),
                N(d.Opens), N(d.HumanOpens), N(d.UniqueOpens), N(d.UniqueHumanOpens), N(d.Clicks), N(d.UniqueClicks), N(d.Unsubscribes), N(d.Orders),
                M(d.Revenue), N(d.HoldoutOrders), M(d.HoldoutRevenue)]);
        return csv.ToString();
    }

    public static string Steps(IEnumerable<StepFunnel> steps)
    {
        var csv = new StringBuilder();
        Line(csv, StepHeader);
        foreach (var s in steps)
        {
            var f = s.Figures;
            Line(csv, [Text(s.StepKey), Text(s.Name), N(s.Entered), N(f.Sent), N(f.Failed), N(f.Suppressed), N(f.UniqueHumanOpens), N(f.UniqueOpens),
                N(f.UniqueClicks), N(f.Unsubscribes), N(f.Orders), M(f.Revenue), R(f.HumanOpenRate), R(f.ClickRate), R(f.ClickToOpenRate)]);
        }

        return csv.ToString();
    }

    /// <summary>triggermail-{what}-{scenario}-{from}-{to}.csv, the scenario's name reduced to letters, digits and dashes.</summary>
    public static string FileName(string what, string scenarioName, DateTime from, DateTime to)
    {
        var slug = new string((scenarioName ?? "all-scenarios").ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length == 0)
            slug = "scenario";
        return string.Create(CultureInfo.InvariantCulture, $"triggermail-{what}-{slug}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.csv");
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells) => csv.Append(string.Join(',', cells)).Append("\r\n");

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string M(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string R(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Text(string value)
    {
        value ??= string.Empty;
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
