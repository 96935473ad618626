using System.Diagnostics;
using System.Globalization;

namespace TriggerMail.Benchmarks;

/// <summary>
/// The engine's peak memory at a given number of active enrollments, each count measured in a process of its own
/// (the suite starts itself again with <see cref="CountVariable"/> set). The probe seeds a file database, so
/// the database's pages stay in SQLite's bounded page cache and what grows with the count would be the engine's
/// own memory; it samples the working set while the runner works through the due enrollments.
/// </summary>
public static class EngineMemoryProbe
{
    public const string CountVariable = "TRIGGERMAIL_ENGINE_PROBE_ENROLLMENTS";
    private const string Marker = "engine.probe_peak_memory: ";

    /// <summary>The count this process should probe, or null in the suite's own process.</summary>
    public static int? RequestedCount =>
        int.TryParse(Environment.GetEnvironmentVariable(CountVariable), out var count) && count > 0 ? count : null;

    /// <summary>Runs the suite again in a child process for <paramref name="enrollments"/> and returns its peak in MB.</summary>
    public static async Task<double> MeasureInChildAsync(int enrollments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(EngineMemoryProbe).Assembly.Location);
        start.ArgumentList.Add("engine");
        start.Environment[CountVariable] = enrollments.ToString(CultureInfo.InvariantCulture);
        using var child = Process.Start(start) ?? throw new InvalidOperationException("The memory probe did not start.");
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The memory probe for {enrollments} enrollments printed no figure (exit {child.ExitCode}).");
        return double.Parse(line[Marker.Length..].Split(' ')[0], CultureInfo.InvariantCulture);
    }

    public static void Print(double peakMb) =>
        Console.WriteLine(Marker + peakMb.ToString("F1", CultureInfo.InvariantCulture) + " MB");

    /// <summary>The highest working set seen while <paramref name="work"/> runs, sampled every 10 ms, in MB.</summary>
    public static async Task<double> PeakWhileAsync(Func<Task> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                try
                {
                    await Task.Delay(10, stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });

        await work();
        stop.Cancel();
        await sampler;
        process.Refresh();
        return Math.Max(peak, process.WorkingSet64) / (1024.0 * 1024.0);
    }
}
