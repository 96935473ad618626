using System.Linq.Expressions;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using static Nop.Plugin.Misc.TriggerMail.Segments.Compiler.Comparisons;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Compiler;

/// <summary>
/// RFM quintiles read from the scores the RFM scoring task stored for the scope's store. Ranking every
/// customer inside the segment query would be a window function (not portable LINQ) or a correlated count per
/// customer (quadratic), so the ranking is done once a day and the rule is an indexed lookup.
/// Customers without orders have no score and match no RFM condition.
/// </summary>
public static class RfmConditions
{
    public static Expression<Func<Customer, bool>> Compile(SegmentRule rule, SegmentScope scope)
    {
        var storeId = scope.StoreId;
        var scores = scope.Sources.RfmScores.Where(r => r.StoreId == storeId);
        var score = SegmentValues.Integer(rule);
        Expression<Func<CustomerRfmScore, int>> selector = rule.Field switch
        {
            "rfm.recency" => r => r.RecencyScore,
            "rfm.frequency" => r => r.FrequencyScore,
            "rfm.monetary" => r => r.MonetaryScore,
            _ => throw Unsupported(rule)
        };

        scores = scores.Where(ScoreMatches(selector, rule.Operator, score));
        return c => scores.Any(r => r.CustomerId == c.Id);
    }

    private static Expression<Func<CustomerRfmScore, bool>> ScoreMatches(Expression<Func<CustomerRfmScore, int>> selector, string @operator, int score)
    {
        var value = Expression.Constant(score);
        Expression body = @operator switch
        {
            SegmentOperators.Equal => Expression.Equal(selector.Body, value),
            SegmentOperators.GreaterOrEqual => Expression.GreaterThanOrEqual(selector.Body, value),
            SegmentOperators.LessOrEqual => Expression.LessThanOrEqual(selector.Body, value),
            _ => throw new ArgumentOutOfRangeException(nameof(@operator), @operator, "Not a score operator.")
        };
        return Expression.Lambda<Func<CustomerRfmScore, bool>>(body, selector.Parameters);
    }
}
