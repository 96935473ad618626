using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Architecture;

/// <summary>
/// Each feature folder keeps its host-free part in a <c>Core</c> sub-folder (namespace <c>…Feature.Core</c>): plain
/// C# that touches no nopCommerce, FluentMigrator, linq2db or MailKit/MimeKit type, so it is tested without a store.
/// </summary>
[TestFixture]
public class FeatureCoresAreHostFreeTests
{
    private const string RootNamespace = "Nop.Plugin.Misc.TriggerMail";

    private static readonly string PluginFolder = RepositoryRoot.Combine("Nop.Plugin.Misc.TriggerMail");

    private static IEnumerable<Type> CoreTypes => typeof(TriggerMailPlugin).Assembly.GetTypes()
        .Where(t => IsCoreNamespace(t.Namespace));

    [Test]
    public void Every_feature_with_a_core_has_types_in_it()
    {
        var coreFolders = Directory.GetDirectories(PluginFolder, "Core", SearchOption.AllDirectories)
            .Select(folder => Path.GetRelativePath(PluginFolder, folder).Replace(Path.DirectorySeparatorChar, '.'))
            .ToList();

        var emptyCores = coreFolders.Where(folder => !CoreTypes.Any(t => t.Namespace == $"{RootNamespace}.{folder}"));

        Assert.That(coreFolders, Has.Count.GreaterThanOrEqualTo(8));
        Assert.That(emptyCores, Is.Empty);
    }

    [TestCaseSource(nameof(CoreTypes))]
    public void Core_type_references_no_host_assembly(Type coreType)
    {
        var hostTypes = ReferencedTypes.Of(coreType)
            .Where(t => IsHostAssembly(t.Assembly.GetName().Name))
            .Select(t => t.FullName);

        Assert.That(hostTypes, Is.Empty);
    }

    [Test]
    public void Core_source_files_import_no_host_namespace()
    {
        var offenders = PluginSourceFiles()
            .Where(file => file.Split(Path.DirectorySeparatorChar).Contains("Core"))
            .SelectMany(file => File.ReadLines(file).Select(line => (file, line: line.Trim())))
            .Where(x => Regex.IsMatch(x.line, @"^using (static )?(Nop\.|FluentMigrator|LinqToDB|MailKit|MimeKit)") && !x.line.Contains(RootNamespace))
            .Select(x => $"{Path.GetRelativePath(PluginFolder, x.file)}: {x.line}");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Every_source_file_declares_the_namespace_of_its_folder()
    {
        var offenders = PluginSourceFiles()
            .Select(file => (file, expected: ExpectedNamespace(file), declared: DeclaredNamespace(file)))
            .Where(x => x.declared != x.expected)
            .Select(x => $"{Path.GetRelativePath(PluginFolder, x.file)}: {x.declared}, expected {x.expected}");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void The_reference_scan_sees_host_types_used_in_a_method_body()
    {
        var referenced = ReferencedTypes.Of(typeof(UsesHostTypeInBody));

        Assert.That(referenced.Select(t => t.Assembly.GetName().Name), Does.Contain("Nop.Core"));
    }

    private static bool IsCoreNamespace(string ns) =>
        ns is not null && ns.StartsWith(RootNamespace + ".", StringComparison.Ordinal)
        && ns[(RootNamespace.Length + 1)..].Split('.').Contains("Core");

    private static IEnumerable<string> PluginSourceFiles() =>
        Directory.GetFiles(PluginFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(PluginFolder, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static string ExpectedNamespace(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetRelativePath(PluginFolder, file));
        return string.IsNullOrEmpty(folder) ? RootNamespace : $"{RootNamespace}.{folder.Replace(Path.DirectorySeparatorChar, '.')}";
    }

    private static string DeclaredNamespace(string file) =>
        Regex.Match(File.ReadAllText(file), @"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline).Groups[1].Value;

    private static bool IsHostAssembly(string name) =>
        name.StartsWith("Nop.", StringComparison.Ordinal) && name != typeof(TriggerMailPlugin).Assembly.GetName().Name
        || name.StartsWith("FluentMigrator", StringComparison.Ordinal)
        || name.StartsWith("linq2db", StringComparison.Ordinal)
        || name is "MailKit" or "MimeKit";

    private static class UsesHostTypeInBody
    {
        public static int Count() => new Nop.Core.Domain.Customers.Customer().Id;
    }
}
