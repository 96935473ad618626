namespace TriggerMail.Benchmarks;

/// <summary>
/// One area's benchmarks (triggers, engine, templates, segments, tracking). Found by reflection, so each area
/// adds its own file.
/// </summary>
public interface IBenchmarkSuite
{
    string Name { get; }

    Task RunAsync(Figures figures);
}
