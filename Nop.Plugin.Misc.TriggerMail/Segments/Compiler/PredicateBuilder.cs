using System.Linq.Expressions;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Compiler;

/// <summary>
/// Combines predicates over one entity into one lambda (one parameter), which any LINQ provider translates.
/// </summary>
public static class PredicateBuilder
{
    public static Expression<Func<T, bool>> True<T>() => _ => true;

    public static Expression<Func<T, bool>> AndAll<T>(IEnumerable<Expression<Func<T, bool>>> predicates) =>
        Combine(predicates, Expression.AndAlso, True<T>());

    public static Expression<Func<T, bool>> OrAny<T>(IEnumerable<Expression<Func<T, bool>>> predicates) =>
        Combine(predicates, Expression.OrElse, _ => false);

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static Expression<Func<T, bool>> Combine<T>(IEnumerable<Expression<Func<T, bool>>> predicates,
        Func<Expression, Expression, BinaryExpression> join, Expression<Func<T, bool>> whenEmpty)
    {
        var list = predicates.ToList();
        if (list.Count == 0)
            return whenEmpty;

        var parameter = list[0].Parameters[0];
        var body = list[0].Body;
        foreach (var next in list.Skip(1))
            body = join(body, new ParameterReplacer(next.Parameters[0], parameter).Visit(next.Body));
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
