using System.Text.RegularExpressions;
using Nop.Plugin.Misc.TriggerMail.Chains.Core.Steps;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Admin.Scenarios;

/// <summary>
/// The chain editor's scripts take step kinds, outcomes, condition kinds and live checks from the vocabulary the
/// page embeds; a copy of one as a string literal in a script would drift from the engine, so none may creep back.
/// </summary>
[TestFixture]
public class ChainEditorScriptsTests
{
    private static readonly string AdminContent = RepositoryRoot.Combine("Nop.Plugin.Misc.TriggerMail", "Content", "admin");

    private static IEnumerable<string> EditorScripts() =>
        new[] { Path.Combine(AdminContent, "chain-editor.js"), Path.Combine(AdminContent, "dom.js") }
            .Concat(Directory.GetFiles(Path.Combine(AdminContent, "chain-editor"), "*.js", SearchOption.AllDirectories));

    private static IEnumerable<string> EngineNames() =>
        Enum.GetNames<StepKind>()
            .Concat(Enum.GetValues<StepKind>().SelectMany(StepOutcomes.Of))
            .Concat(Enum.GetNames<ConditionKind>())
            .Concat(Enum.GetNames<LiveCheck>())
            .Distinct();

    [Test]
    public void No_chain_editor_script_spells_a_step_kind_outcome_condition_or_live_check_as_a_string_literal()
    {
        var names = EngineNames().ToHashSet(StringComparer.Ordinal);

        var copies = EditorScripts()
            .SelectMany(file => Literals(file).Where(names.Contains).Select(literal => $"{Path.GetRelativePath(AdminContent, file)}: '{literal}'"))
            .ToList();

        Assert.That(copies, Is.Empty);
    }

    [Test]
    public void The_literal_scan_reads_the_editors_scripts()
    {
        var literals = EditorScripts().SelectMany(Literals).ToList();

        Assert.That(EditorScripts().Count(), Is.GreaterThanOrEqualTo(5));
        Assert.That(literals, Does.Contain("Goto").And.Contain("ce-add-menu"));
    }

    [Test]
    public void Each_chain_editor_module_stays_under_about_300_lines()
    {
        var lines = EditorScripts().ToDictionary(file => Path.GetRelativePath(AdminContent, file), file => File.ReadAllLines(file).Length);

        Assert.That(lines.Where(l => l.Value > 300).Select(l => $"{l.Key}: {l.Value} lines"), Is.Empty);
    }

    /// <summary>The script's quoted strings, comments left out (an apostrophe in a comment opens no string).</summary>
    private static IEnumerable<string> Literals(string file)
    {
        var code = Regex.Replace(File.ReadAllText(file), @"/\*.*?\*/", string.Empty, RegexOptions.Singleline);
        code = Regex.Replace(code, @"^\s*//.*$", string.Empty, RegexOptions.Multiline);
        return Regex.Matches(code, @"(['""`])((?:\\.|(?!\1)[^\\\n])*)\1").Select(m => m.Groups[2].Value);
    }
}
