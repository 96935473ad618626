using TriggerMail.Benchmarks;

var suites = typeof(IBenchmarkSuite).Assembly.GetTypes()
    .Where(t => typeof(IBenchmarkSuite).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
    .Select(t => (IBenchmarkSuite)Activator.CreateInstance(t))
    .OrderBy(s => s.Name)
    .ToList();

if (args.Length == 1 && args[0] == "--list")
{
    foreach (var suite in suites)
        Console.WriteLine(suite.Name);
    return 0;
}

var selected = args.Length == 0 ? suites : suites.Where(s => args.Contains(s.Name)).ToList();
var unknown = args.Where(a => suites.All(s => s.Name != a)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown benchmark suite(s): {string.Join(", ", unknown)}; known: {string.Join(", ", suites.Select(s => s.Name))}");
    return 2;
}

foreach (var suite in selected)
    await suite.RunAsync(new Figures(suite.Name));

return 0;
