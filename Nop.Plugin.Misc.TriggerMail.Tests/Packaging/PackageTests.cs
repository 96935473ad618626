using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Packaging;

/// <summary>
/// Builds the upload package with build/build.sh and checks it is what nopCommerce's "Upload plugin or theme"
/// accepts: one Misc.TriggerMail/ folder with plugin.json, the plugin and its own dependencies, nothing the host has.
/// </summary>
[TestFixture]
[NonParallelizable]
public class PackageTests
{
    private string _output;
    private IReadOnlyList<string> _entries;
    private JsonElement _descriptor;

    [OneTimeSetUp]
    public void BuildPackage()
    {
        _output = Path.Combine(Path.GetTempPath(), "triggermail-package-" + Guid.NewGuid().ToString("N"));
        var build = Process.Start(new ProcessStartInfo("bash", [RepositoryRoot.Combine("build", "build.sh"), "package", "--output", _output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path
        })!;
        var log = build.StandardOutput.ReadToEndAsync();
        var errors = build.StandardError.ReadToEndAsync();
        build.WaitForExit();
        Assert.That(build.ExitCode, Is.Zero, log.Result + errors.Result);

        using var zip = ZipFile.OpenRead(Path.Combine(_output, "Misc.TriggerMail.zip"));
        _entries = zip.Entries.Select(e => e.FullName).ToList();
        using var descriptor = zip.GetEntry("Misc.TriggerMail/plugin.json")!.Open();
        _descriptor = JsonDocument.Parse(descriptor).RootElement.Clone();
    }

    [OneTimeTearDown]
    public void RemovePackage()
    {
        if (_output is not null && Directory.Exists(_output))
            Directory.Delete(_output, recursive: true);
    }

    [Test]
    public void Every_entry_is_inside_the_Misc_TriggerMail_folder()
    {
        Assert.That(_entries, Is.Not.Empty);
        Assert.That(_entries, Has.All.StartsWith("Misc.TriggerMail/"));
    }

    [TestCase("Misc.TriggerMail/plugin.json")]
    [TestCase("Misc.TriggerMail/Nop.Plugin.Misc.TriggerMail.dll")]
    [TestCase("Misc.TriggerMail/logo.png")]
    [TestCase("Misc.TriggerMail/Admin/Views/Configure.cshtml")]
    [TestCase("Misc.TriggerMail/Admin/Views/_ViewImports.cshtml")]
    [TestCase("Misc.TriggerMail/Handlebars.dll")]
    [TestCase("Misc.TriggerMail/Public/Views/Unsubscribe.cshtml")]
    [TestCase("Misc.TriggerMail/Content/admin/chain-editor.js")]
    [TestCase("Misc.TriggerMail/Content/admin/chain-editor/graph.js")]
    [TestCase("Misc.TriggerMail/Content/admin/dom.js")]
    public void Package_holds(string entry)
    {
        Assert.That(_entries, Does.Contain(entry));
    }

    [Test]
    public void Packaged_descriptor_is_the_plugin_descriptor()
    {
        Assert.That(_descriptor.GetProperty("SystemName").GetString(), Is.EqualTo(TriggerMailDefaults.SystemName));
        Assert.That(_descriptor.GetProperty("FileName").GetString(), Is.EqualTo("Nop.Plugin.Misc.TriggerMail.dll"));
    }

    [Test]
    public void Package_carries_no_assembly_the_host_already_has()
    {
        var hostAssemblies = _entries
            .Select(Path.GetFileName)
            .Where(name => name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Where(name => name.StartsWith("Nop.", StringComparison.Ordinal) && name != "Nop.Plugin.Misc.TriggerMail.dll"
                || name.StartsWith("FluentMigrator", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.", StringComparison.Ordinal)
                || name.StartsWith("System.", StringComparison.Ordinal)
                || name.StartsWith("linq2db", StringComparison.Ordinal)
                || name == "Newtonsoft.Json.dll");

        Assert.That(hostAssemblies, Is.Empty);
    }

    [Test]
    public void Package_carries_no_debug_symbols_or_build_leftovers()
    {
        Assert.That(_entries.Where(e => e.EndsWith(".pdb") || e.Contains("/obj/") || e.Contains("/ref/")), Is.Empty);
    }
}
