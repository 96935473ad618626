using System.Linq.Expressions;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Compiler;

/// <summary>
/// Compiles a validated rule tree into one predicate over <see cref="Customer"/> whose conditions are correlated
/// subqueries over the scope's tables: applied to the customer table it is a single SQL statement, with relative
/// dates fixed from the scope's clock reading. Deleted customers and system accounts are never members.
/// </summary>
public static class SegmentCompiler
{
    public static Expression<Func<Customer, bool>> Compile(SegmentRule root, SegmentScope scope)
    {
        SegmentRuleValidator.EnsureValid(root);
        return PredicateBuilder.AndAll([c => !c.Deleted && !c.IsSystemAccount, Node(root, scope)]);
    }

    private static Expression<Func<Customer, bool>> Node(SegmentRule rule, SegmentScope scope)
    {
        if (!rule.IsGroup)
            return Condition(rule, scope);

        // SQL's AND and OR commute; SQLite (and MySQL) evaluate them in the order written, so the cheap
        // column tests go first and short-circuit the correlated subqueries for most customers.
        var children = rule.Rules.OrderBy(Cost).Select(r => Node(r, scope)).ToList();
        return rule.Group switch
        {
            SegmentGroups.And => PredicateBuilder.AndAll(children),
            SegmentGroups.Or => PredicateBuilder.OrAny(children),
            SegmentGroups.Not => PredicateBuilder.Not(PredicateBuilder.AndAll(children)),
            _ => throw new InvalidOperationException($"Group '{rule.Group}' was not validated.")
        };
    }

    /// <summary>0: a column of the customer row; 1: an indexed lookup of a few rows; 2: an aggregate over orders.</summary>
    private static int Cost(SegmentRule rule)
    {
        if (rule.IsGroup)
            return rule.Rules.Count == 0 ? 0 : rule.Rules.Max(Cost);

        return SegmentFieldCatalog.Find(rule.Field)?.Family switch
        {
            SegmentFieldCatalog.Profile when rule.Field is "profile.role" or "profile.guest" or "profile.newsletter" => 1,
            SegmentFieldCatalog.Profile or SegmentFieldCatalog.Activity => 0,
            SegmentFieldCatalog.Orders => 2,
            _ => 1
        };
    }

    private static Expression<Func<Customer, bool>> Condition(SegmentRule rule, SegmentScope scope)
    {
        return SegmentFieldCatalog.Find(rule.Field)?.Family switch
        {
            SegmentFieldCatalog.Profile => ProfileConditions.Compile(rule, scope),
            SegmentFieldCatalog.Orders => OrderConditions.Compile(rule, scope),
            SegmentFieldCatalog.Rfm => RfmConditions.Compile(rule, scope),
            SegmentFieldCatalog.Cart => CartConditions.Compile(rule, scope),
            SegmentFieldCatalog.Engagement => EngagementConditions.Compile(rule, scope),
            SegmentFieldCatalog.Activity => ActivityConditions.Compile(rule, scope),
            _ => throw Comparisons.Unsupported(rule)
        };
    }
}
