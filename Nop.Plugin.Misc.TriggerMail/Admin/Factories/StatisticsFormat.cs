using System.Globalization;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>How the statistics pages print figures; the same text on the first render and after a period switch.</summary>
public static class StatisticsFormat
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Count(int value) => value.ToString("#,##0", Culture);

    public static string Count(double value) => value.ToString("#,##0.0", Culture);

    public static string Percent(double ratio) => (ratio * 100).ToString("0.0", Culture) + " %";

    public static string Money(decimal value) => value.ToString("#,##0.00", Culture);

    public static string SignedMoney(decimal value) => (value > 0 ? "+" : string.Empty) + Money(value);

    public static string SignedCount(double value) => (value > 0 ? "+" : string.Empty) + Count(value);

    public static string Day(DateTime day) => day.ToString("yyyy-MM-dd", Culture);
}
