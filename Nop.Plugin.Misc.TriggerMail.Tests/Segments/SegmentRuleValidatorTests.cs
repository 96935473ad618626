using Nop.Plugin.Misc.TriggerMail.Segments.Compiler;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Segments;

[TestFixture]
public class SegmentRuleValidatorTests
{
    private static string Errors(string json) => string.Join(" | ", SegmentRuleValidator.Validate(json));

    [Test]
    public void A_valid_tree_with_every_group_kind_has_no_errors()
    {
        const string json = """
            {"group":"and","rules":[
              {"field":"orders.count","operator":"gte","value":3,"paidOnly":true,"inLastDays":365},
              {"group":"not","rules":[{"field":"engagement.unsubscribed","operator":"is","value":true}]},
              {"group":"or","rules":[
                {"field":"profile.birthdayMonth","operator":"in","value":[3,4]},
                {"field":"activity.lastLogin","operator":"before","value":"2026-01-01T00:00:00Z"}]}]}
            """;

        Assert.That(SegmentRuleValidator.Validate(json), Is.Empty);
    }

    [TestCase("""{"group":"and","rules":[{"field":"orders.cnt","operator":"gte","value":1}]}""",
        "rules[0]: unknown field 'orders.cnt'")]
    [TestCase("""{"group":"and","rules":[{"field":"orders.count","operator":"like","value":1}]}""",
        "rules[0]: unknown operator 'like' for field 'orders.count'; use one of eq, neq, gt, gte, lt, lte")]
    [TestCase("""{"group":"and","rules":[{"field":"orders.count","operator":"gte","value":"three"}]}""",
        "rules[0]: 'orders.count' gte: the value \"three\" is not a whole number of 0 or more")]
    [TestCase("""{"group":"and","rules":[{"field":"orders.count","operator":"gte"}]}""",
        "rules[0]: 'orders.count' gte: a value is required (a whole number of 0 or more)")]
    [TestCase("""{"group":"and","rules":[{"field":"profile.birthdayMonth","operator":"in","value":[13]}]}""",
        "rules[0]: 'profile.birthdayMonth' in: the value [13] is not a list of months from 1 to 12")]
    [TestCase("""{"group":"and","rules":[{"field":"profile.active","operator":"is","value":true,"paidOnly":true}]}""",
        "rules[0]: 'profile.active' does not take the option 'paidOnly'")]
    [TestCase("""{"group":"and","rules":[{"field":"rfm.recency","operator":"eq","value":6}]}""",
        "rules[0]: 'rfm.recency': an RFM score is a quintile from 1 to 5, not 6")]
    [TestCase("""{"group":"and","rules":[{"field":"orders.count","operator":"gte","value":1,"inLastDays":0}]}""",
        "rules[0]: 'inLastDays' must be 1 or more days")]
    [TestCase("""{"group":"and","rules":[{"field":"orders.count","operator":"gte","value":1,"fromUtc":"2026-02-01","toUtc":"2026-01-01"}]}""",
        "rules[0]: 'fromUtc' must be earlier than 'toUtc'")]
    [TestCase("""{"group":"and","rules":[{"field":"cart.hasItems","operator":"is","value":true,"colour":"red"}]}""",
        "rules[0]: unknown property 'colour'")]
    [TestCase("""{"group":"xor","rules":[]}""",
        "rules: unknown group 'xor'; use one of and, or, not")]
    [TestCase("""{"group":"and","rules":[{"group":"or","rules":[]}]}""",
        "rules[0]: a group needs at least one rule")]
    [TestCase("""{"field":"cart.hasItems","operator":"is","value":true}""",
        "rules: the root must be a group (\"group\": \"and\", \"or\" or \"not\" with \"rules\")")]
    public void An_invalid_rule_is_named_by_its_path_with_the_reason(string json, string expected)
    {
        Assert.That(Errors(json), Is.EqualTo(expected));
    }

    [Test]
    public void Errors_deep_in_the_tree_carry_the_full_path_and_every_error_is_reported()
    {
        const string json = """
            {"group":"and","rules":[
              {"field":"profile.active","operator":"is","value":true},
              {"group":"or","rules":[
                {"field":"cart.value","operator":"gte","value":10},
                {"group":"not","rules":[{"field":"engagement.clicked","operator":"is","value":"yes"}]}]},
              {"field":"nope","operator":"eq","value":1}]}
            """;

        var errors = SegmentRuleValidator.Validate(json);

        Assert.That(errors.Select(e => e.Path), Is.EqualTo(new[] { "rules[1].rules[1].rules[0]", "rules[2]" }));
    }

    [Test]
    public void Malformed_json_is_refused_with_the_parser_position()
    {
        var errors = SegmentRuleValidator.Validate("""{"group":"and","rules":[{"field":}]}""");

        Assert.That(errors.Single().ToString(), Does.StartWith("rules: the rules are not valid JSON:").And.Contain("LineNumber"));
    }

    [Test]
    public void Groups_nested_deeper_than_the_limit_are_refused()
    {
        var rule = SegmentRule.Condition("profile.active", "is", true);
        for (var i = 0; i < SegmentRuleValidator.MaxDepth + 1; i++)
            rule = SegmentRule.And(rule);

        var errors = SegmentRuleValidator.Validate(rule);

        Assert.That(errors.Single().Message, Is.EqualTo($"groups are nested more than {SegmentRuleValidator.MaxDepth} deep"));
    }

    [Test]
    public void Compiling_unvalidated_rules_throws_the_validation_errors_instead_of_guessing()
    {
        var rules = SegmentRule.And(SegmentRule.Condition("orders.cnt", "gte", 1));

        var error = Assert.Throws<SegmentRulesInvalidException>(() =>
            SegmentCompiler.Compile(rules, new SegmentScope(new SegmentSources(), DateTime.UtcNow, 0)));

        Assert.That(error.Errors.Single().ToString(), Is.EqualTo("rules[0]: unknown field 'orders.cnt'"));
    }

    [Test]
    public void Rules_survive_a_round_trip_through_json()
    {
        var rules = SegmentRule.And(SegmentRule.Condition("orders.count", "gte", 3), SegmentRule.Not(SegmentRule.Condition("cart.hasItems", "is", true)));
        rules.Rules[0].PaidOnly = true;

        var json = SegmentRulesJson.Serialize(rules);

        Assert.That(json, Is.EqualTo("""{"group":"and","rules":[{"field":"orders.count","operator":"gte","value":3,"paidOnly":true},{"group":"not","rules":[{"field":"cart.hasItems","operator":"is","value":true}]}]}"""));
        Assert.That(SegmentRulesJson.Serialize(SegmentRulesJson.Parse(json)), Is.EqualTo(json));
    }

    [Test]
    public void Every_catalogue_field_has_a_family_the_compiler_knows_and_at_least_one_operator()
    {
        string[] families = [SegmentFieldCatalog.Profile, SegmentFieldCatalog.Orders, SegmentFieldCatalog.Rfm,
            SegmentFieldCatalog.Cart, SegmentFieldCatalog.Engagement, SegmentFieldCatalog.Activity];

        Assert.That(SegmentFieldCatalog.All.Select(f => f.Family).Distinct(), Is.EquivalentTo(families));
        Assert.That(SegmentFieldCatalog.All.Where(f => f.Operators.Count == 0), Is.Empty);
    }
}
