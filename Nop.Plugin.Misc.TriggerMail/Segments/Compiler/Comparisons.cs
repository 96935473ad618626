using System.Linq.Expressions;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Compiler;

/// <summary>
/// Builds "selector operator value" predicates. Values go in as captured variables, so providers send them as
/// SQL parameters; a null on the left (no orders, no cart) matches no comparison, as in SQL.
/// </summary>
public static class Comparisons
{
    public static Expression<Func<Customer, bool>> Compare<T>(Expression<Func<Customer, T>> selector, string @operator, T value)
    {
        var holder = new ValueHolder<T>(value);
        Expression<Func<T>> captured = () => holder.Value;
        var left = selector.Body;
        var right = captured.Body;
        Expression body = @operator switch
        {
            SegmentOperators.Equal => Expression.Equal(left, right),
            SegmentOperators.NotEqual => Expression.NotEqual(left, right),
            SegmentOperators.GreaterThan => Expression.GreaterThan(left, right),
            SegmentOperators.GreaterOrEqual => Expression.GreaterThanOrEqual(left, right),
            SegmentOperators.LessThan => Expression.LessThan(left, right),
            SegmentOperators.LessOrEqual => Expression.LessThanOrEqual(left, right),
            _ => throw new ArgumentOutOfRangeException(nameof(@operator), @operator, "Not a comparison operator.")
        };

        // "neq" on a nullable value must not match a missing one (no orders has no average order value).
        if (@operator == SegmentOperators.NotEqual && Nullable.GetUnderlyingType(typeof(T)) is not null)
            body = Expression.AndAlso(Expression.NotEqual(left, Expression.Constant(null, typeof(T))), body);

        return Expression.Lambda<Func<Customer, bool>>(body, selector.Parameters);
    }

    /// <summary>The date operators: before/after a date, within/older than N days before now.</summary>
    public static Expression<Func<Customer, bool>> CompareDate(Expression<Func<Customer, DateTime?>> selector, SegmentRule rule, SegmentScope scope)
    {
        return rule.Operator switch
        {
            SegmentOperators.Before => Compare(selector, SegmentOperators.LessThan, (DateTime?)SegmentValues.Date(rule)),
            SegmentOperators.After => Compare(selector, SegmentOperators.GreaterOrEqual, (DateTime?)SegmentValues.Date(rule)),
            SegmentOperators.WithinDays => Compare(selector, SegmentOperators.GreaterOrEqual, (DateTime?)scope.DaysAgo(SegmentValues.Integer(rule))),
            SegmentOperators.OlderThanDays => Compare(selector, SegmentOperators.LessThan, (DateTime?)scope.DaysAgo(SegmentValues.Integer(rule))),
            _ => throw Unsupported(rule)
        };
    }

    /// <summary>"is true" keeps the predicate, "is false" negates it.</summary>
    public static Expression<Func<Customer, bool>> Flag(Expression<Func<Customer, bool>> predicate, SegmentRule rule)
    {
        return SegmentValues.Boolean(rule) ? predicate : PredicateBuilder.Not(predicate);
    }

    /// <summary>"in" keeps the predicate, "notIn" negates it.</summary>
    public static Expression<Func<Customer, bool>> Membership(Expression<Func<Customer, bool>> predicate, SegmentRule rule)
    {
        return rule.Operator switch
        {
            SegmentOperators.In => predicate,
            SegmentOperators.NotIn => PredicateBuilder.Not(predicate),
            _ => throw Unsupported(rule)
        };
    }

    public static InvalidOperationException Unsupported(SegmentRule rule) =>
        new($"Condition '{rule.Field}' with operator '{rule.Operator}' has no compiler; the catalogue and the compiler disagree.");

    private sealed class ValueHolder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
