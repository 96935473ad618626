using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Compliance.Core;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Infrastructure.Locales;

[TestFixture]
public class TriggerMailLocalesTests
{
    private static readonly Type[] EnumsTheAdminShows =
    [
        typeof(TriggerKind), typeof(ScenarioStatus), typeof(ScenarioCategory), typeof(ReEntryPolicy), typeof(LatenessPolicy), typeof(ExitGoal), typeof(ScenarioPreset), typeof(MessageStatus), typeof(SuppressionReason), typeof(MarketingConsentSource), typeof(AbTestState), typeof(AbTestMetric), typeof(AbTestMethod)
    ];

    [Test]
    public void Every_key_has_a_non_empty_text()
    {
        var empty = TriggerMailLocales.Catalogues.SelectMany(catalogue => catalogue).Where(entry => string.IsNullOrWhiteSpace(entry.Value)).Select(entry => entry.Key);

        Assert.That(empty, Is.Empty);
    }

    [Test]
    public void No_key_is_defined_twice_in_any_catalogue_or_across_them()
    {
        var keys = TriggerMailLocales.Catalogues.SelectMany(catalogue => catalogue).Select(entry => entry.Key);

        var twice = keys.GroupBy(key => key, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.That(twice, Is.Empty);
    }

    [TestCase(typeof(TriggerKind))]
    [TestCase(typeof(ScenarioStatus))]
    [TestCase(typeof(ScenarioCategory))]
    [TestCase(typeof(ReEntryPolicy))]
    [TestCase(typeof(LatenessPolicy))]
    [TestCase(typeof(ExitGoal))]
    [TestCase(typeof(ScenarioPreset))]
    [TestCase(typeof(MessageStatus))]
    [TestCase(typeof(SuppressionReason))]
    [TestCase(typeof(MarketingConsentSource))]
    [TestCase(typeof(AbTestState))]
    [TestCase(typeof(AbTestMetric))]
    [TestCase(typeof(AbTestMethod))]
    public void Every_value_of_an_enum_the_admin_shows_has_a_text(Type enumType)
    {
        var keys = Enum.GetNames(enumType).Select(value => $"Enums.{enumType.FullName}.{value}");

        var missing = keys.Where(key => !TriggerMailLocales.All.ContainsKey(key));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Every_enum_text_is_for_a_value_of_an_enum_the_admin_shows()
    {
        var known = EnumsTheAdminShows.SelectMany(type => Enum.GetNames(type).Select(value => $"Enums.{type.FullName}.{value}")).ToHashSet();

        var stray = TriggerMailLocales.All.Keys.Where(key => key.StartsWith("Enums.", StringComparison.Ordinal) && !known.Contains(key));

        Assert.That(stray, Is.Empty);
    }

    [Test]
    public void Enum_texts_are_keyed_by_the_enums_full_type_name()
    {
        var key = EnumLocales.Texts.First().Key;

        Assert.That(key, Is.EqualTo("Enums.Nop.Plugin.Misc.TriggerMail.Triggers.Core.TriggerKind.CustomerRegistered"));
    }

    [Test]
    public void Chain_editor_keys_are_the_scenario_texts_below_the_chain_editor_prefix()
    {
        var keys = ScenarioLocales.ChainEditorKeys;

        Assert.That(keys, Has.Count.EqualTo(ScenarioLocales.Texts.Count(entry => entry.Key.StartsWith(ScenarioLocales.ChainEditorPrefix, StringComparison.Ordinal))));
        Assert.That(keys, Does.Contain("Start"));
        Assert.That(TriggerMailLocales.All[ScenarioLocales.ChainEditorPrefix + "Start"], Is.EqualTo("Trigger"));
    }

    [Test]
    public void Every_field_label_has_a_hint()
    {
        var fields = TriggerMailLocales.All.Keys.Where(k => k.Contains(".Fields.") && !k.EndsWith(".Hint")).ToList();

        Assert.That(fields, Is.Not.Empty);
        Assert.That(fields.Where(f => !TriggerMailLocales.All.ContainsKey(f + ".Hint")), Is.Empty);
    }

    [Test]
    public void Every_setting_has_a_label_except_the_secret()
    {
        var labelled = typeof(TriggerMailSettings).GetProperties()
            .Where(p => p.Name != nameof(TriggerMailSettings.TokenSecret))
            .Where(p => !TriggerMailLocales.All.ContainsKey($"{TriggerMailDefaults.LocalePrefix}.Fields.{p.Name}"))
            .Select(p => p.Name);

        Assert.That(labelled, Is.Empty);
    }

    [Test]
    public void Every_locale_resource_lives_under_a_prefix_that_uninstall_removes()
    {
        string[] prefixes = [TriggerMailDefaults.LocalePrefix + ".", TriggerMailDefaults.EnumLocalePrefix + ".", TriggerMailDefaults.Permissions.LocalePrefix + "."];

        var stray = TriggerMailLocales.All.Keys.Where(k => !prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)));

        Assert.That(stray, Is.Empty);
    }
}
