using System.Text.Json;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests;

[TestFixture]
public class PluginDescriptorTests
{
    private static JsonElement Descriptor => JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("plugin.json"))).RootElement;

    [Test]
    public void Plugin_json_describes_a_misc_plugin_for_nopCommerce_4_90()
    {
        var descriptor = Descriptor;

        Assert.That(descriptor.GetProperty("Group").GetString(), Is.EqualTo("Misc"));
        Assert.That(descriptor.GetProperty("SystemName").GetString(), Is.EqualTo(TriggerMailDefaults.SystemName));
        Assert.That(descriptor.GetProperty("SupportedVersions").EnumerateArray().Select(v => v.GetString()), Is.EqualTo(new[] { "4.90" }));
        Assert.That(descriptor.GetProperty("FileName").GetString(), Is.EqualTo(typeof(TriggerMailPlugin).Assembly.GetName().Name + ".dll"));
        Assert.That(descriptor.GetProperty("Description").GetString(), Has.Length.GreaterThan(80));
    }

    [Test]
    public void Plugin_json_version_matches_the_assembly_version()
    {
        var version = Descriptor.GetProperty("Version").GetString();

        Assert.That(typeof(TriggerMailPlugin).Assembly.GetName().Version?.ToString(3), Is.EqualTo(version));
    }
}
