namespace Nop.Plugin.Misc.TriggerMail.Tests;

/// <summary>
/// The repository's top folder, found from the test binaries by walking up to plugin.json.
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "plugin.json")) && Directory.Exists(System.IO.Path.Combine(dir.FullName, "build")))
                return dir.FullName;
        }

        throw new InvalidOperationException("The repository root (plugin.json beside build/) was not found above " + AppContext.BaseDirectory);
    }
}
