using System.Diagnostics;
using System.Globalization;

namespace TriggerMail.Benchmarks;

/// <summary>
/// Prints one figure per line as "suite.name: value unit".
/// </summary>
public sealed class Figures
{
    private readonly string _suite;

    public Figures(string suite)
    {
        _suite = suite;
    }

    public void Report(string name, double value, string unit)
    {
        var formatted = value >= 100 ? value.ToString("F0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
        Console.WriteLine($"{_suite}.{name}: {formatted}{(string.IsNullOrEmpty(unit) ? string.Empty : " " + unit)}");
    }

    /// <summary>The process's peak working set so far, in MB (each suite runs in a process of its own).</summary>
    public static double PeakMemoryMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
