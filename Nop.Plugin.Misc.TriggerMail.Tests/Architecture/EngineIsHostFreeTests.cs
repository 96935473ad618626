using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Architecture;

/// <summary>
/// The engine is plain C#: nothing under its namespace may touch a nopCommerce (or FluentMigrator) type.
/// </summary>
[TestFixture]
public class EngineIsHostFreeTests
{
    private const string EngineNamespace = "Nop.Plugin.Misc.TriggerMail.Engine";

    private static IEnumerable<Type> EngineTypes => typeof(TriggerMailPlugin).Assembly.GetTypes()
        .Where(t => t.Namespace is not null && (t.Namespace == EngineNamespace || t.Namespace.StartsWith(EngineNamespace + ".")));

    [Test]
    public void The_engine_namespace_is_not_empty()
    {
        Assert.That(EngineTypes, Is.Not.Empty);
    }

    [TestCaseSource(nameof(EngineTypes))]
    public void Engine_type_references_no_host_assembly(Type engineType)
    {
        var hostTypes = ReferencedTypes.Of(engineType)
            .Where(t => IsHostAssembly(t.Assembly.GetName().Name))
            .Select(t => t.FullName);

        Assert.That(hostTypes, Is.Empty);
    }

    [Test]
    public void Engine_source_files_import_no_host_namespace()
    {
        var offenders = Directory.GetFiles(RepositoryRoot.Combine("Nop.Plugin.Misc.TriggerMail", "Engine"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select(line => (file, line: line.Trim())))
            .Where(x => x.line.StartsWith("using Nop.") && !x.line.StartsWith("using " + EngineNamespace))
            .Select(x => $"{Path.GetFileName(x.file)}: {x.line}");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void The_reference_scan_sees_host_types_used_in_a_method_body()
    {
        var referenced = ReferencedTypes.Of(typeof(UsesHostTypeInBody));

        Assert.That(referenced.Select(t => t.Assembly.GetName().Name), Does.Contain("Nop.Core"));
    }

    private static bool IsHostAssembly(string name) =>
        name.StartsWith("Nop.", StringComparison.Ordinal) && name != typeof(TriggerMailPlugin).Assembly.GetName().Name
        || name.StartsWith("FluentMigrator", StringComparison.Ordinal)
        || name.StartsWith("linq2db", StringComparison.Ordinal);

    private static class UsesHostTypeInBody
    {
        public static int Count() => new Nop.Core.Domain.Customers.Customer().Id;
    }
}
