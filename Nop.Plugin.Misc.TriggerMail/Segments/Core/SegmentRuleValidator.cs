using System.Text.Json;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

/// <summary>
/// Checks a rule tree before it is saved, so that nothing unknown reaches the compiler at run time. Every error
/// names the rule by its path from the root ("rules[2].rules[0]") and says what is wrong.
/// </summary>
public static class SegmentRuleValidator
{
    public const int MaxDepth = 8;

    public const int MaxConditions = 100;

    public const string RootPath = "rules";

    public static IReadOnlyList<SegmentRuleError> Validate(string rulesJson)
    {
        if (string.IsNullOrWhiteSpace(rulesJson))
            return [new SegmentRuleError(RootPath, "the rules are empty; an empty \"and\" group matches every customer")];

        SegmentRule root;
        try
        {
            root = SegmentRulesJson.Parse(rulesJson);
        }
        catch (JsonException exception)
        {
            return [new SegmentRuleError(RootPath, $"the rules are not valid JSON: {exception.Message}")];
        }

        return Validate(root);
    }

    public static IReadOnlyList<SegmentRuleError> Validate(SegmentRule root)
    {
        var errors = new List<SegmentRuleError>();
        if (root is null || !root.IsGroup)
        {
            errors.Add(new SegmentRuleError(RootPath, "the root must be a group (\"group\": \"and\", \"or\" or \"not\" with \"rules\")"));
            return errors;
        }

        var conditions = 0;
        ValidateGroup(root, RootPath, RootPath, 1, errors, ref conditions, isRoot: true);
        if (conditions > MaxConditions)
            errors.Add(new SegmentRuleError(RootPath, $"{conditions} conditions; a segment may have at most {MaxConditions}"));
        return errors;
    }

    public static void EnsureValid(SegmentRule root)
    {
        var errors = Validate(root);
        if (errors.Count > 0)
            throw new SegmentRulesInvalidException(errors);
    }

    private static void ValidateGroup(SegmentRule group, string path, string rulesPath, int depth, List<SegmentRuleError> errors, ref int conditions, bool isRoot)
    {
        ReportUnknownProperties(group, path, errors);
        if (!SegmentGroups.All.Contains(group.Group))
            errors.Add(new SegmentRuleError(path, $"unknown group '{group.Group}'; use one of {string.Join(", ", SegmentGroups.All)}"));
        if (group.Field is not null || group.Operator is not null || group.Value is not null || HasOptions(group))
            errors.Add(new SegmentRuleError(path, "a group cannot also be a condition (field, operator, value or options)"));
        if (depth > MaxDepth)
        {
            errors.Add(new SegmentRuleError(path, $"groups are nested more than {MaxDepth} deep"));
            return;
        }

        var rules = group.Rules ?? [];
        if (rules.Count == 0 && !isRoot)
            errors.Add(new SegmentRuleError(path, "a group needs at least one rule"));

        for (var i = 0; i < rules.Count; i++)
        {
            var childPath = $"{rulesPath}[{i}]";
            var rule = rules[i];
            if (rule is null)
                errors.Add(new SegmentRuleError(childPath, "the rule is empty (null)"));
            else if (rule.IsGroup)
                ValidateGroup(rule, childPath, childPath + ".rules", depth + 1, errors, ref conditions, isRoot: false);
            else
            {
                conditions++;
                ValidateCondition(rule, childPath, errors);
            }
        }
    }

    private static void ValidateCondition(SegmentRule condition, string path, List<SegmentRuleError> errors)
    {
        ReportUnknownProperties(condition, path, errors);
        var field = SegmentFieldCatalog.Find(condition.Field);
        if (field is null)
        {
            errors.Add(new SegmentRuleError(path, condition.Field is null
                ? "the condition has no field"
                : $"unknown field '{condition.Field}'"));
            return;
        }

        var @operator = field.FindOperator(condition.Operator);
        if (@operator is null)
        {
            errors.Add(new SegmentRuleError(path, $"unknown operator '{condition.Operator}' for field '{field.Name}'; " +
                $"use one of {string.Join(", ", field.Operators.Select(o => o.Name))}"));
            return;
        }

        var value = SegmentValues.Read(condition.Value, @operator.ValueKind, out var reason);
        if (value is null)
            errors.Add(new SegmentRuleError(path, $"'{field.Name}' {@operator.Name}: {reason}"));
        else if (field.Family == SegmentFieldCatalog.Rfm && value is int score && score is < 1 or > 5)
            errors.Add(new SegmentRuleError(path, $"'{field.Name}': an RFM score is a quintile from 1 to 5, not {score}"));

        ValidateOptions(condition, field, path, errors);
    }

    private static void ValidateOptions(SegmentRule condition, SegmentField field, string path, List<SegmentRuleError> errors)
    {
        foreach (var (name, present) in Options(condition))
            if (present && !field.Options.Contains(name))
                errors.Add(new SegmentRuleError(path, $"'{field.Name}' does not take the option '{name}'"));

        if (condition.InLastDays is <= 0)
            errors.Add(new SegmentRuleError(path, $"'{SegmentOptions.InLastDays}' must be 1 or more days"));
        if (condition.ScenarioId is <= 0)
            errors.Add(new SegmentRuleError(path, $"'{SegmentOptions.ScenarioId}' must be a scenario id"));
        if (condition.FromUtc is { } from && condition.ToUtc is { } to && from >= to)
            errors.Add(new SegmentRuleError(path, $"'{SegmentOptions.FromUtc}' must be earlier than '{SegmentOptions.ToUtc}'"));
    }

    private static IEnumerable<(string Name, bool Present)> Options(SegmentRule rule)
    {
        yield return (SegmentOptions.PaidOnly, rule.PaidOnly is not null);
        yield return (SegmentOptions.FromUtc, rule.FromUtc is not null);
        yield return (SegmentOptions.ToUtc, rule.ToUtc is not null);
        yield return (SegmentOptions.InLastDays, rule.InLastDays is not null);
        yield return (SegmentOptions.ScenarioId, rule.ScenarioId is not null);
    }

    private static bool HasOptions(SegmentRule rule) => Options(rule).Any(o => o.Present);

    private static void ReportUnknownProperties(SegmentRule rule, string path, List<SegmentRuleError> errors)
    {
        foreach (var name in rule.Unknown?.Keys ?? Enumerable.Empty<string>())
            errors.Add(new SegmentRuleError(path, $"unknown property '{name}'"));
    }
}
