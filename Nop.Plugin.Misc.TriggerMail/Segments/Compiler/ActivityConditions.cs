using System.Linq.Expressions;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using static Nop.Plugin.Misc.TriggerMail.Segments.Compiler.Comparisons;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Compiler;

/// <summary>Last activity and last login; a customer who never logged in matches no login condition.</summary>
public static class ActivityConditions
{
    public static Expression<Func<Customer, bool>> Compile(SegmentRule rule, SegmentScope scope)
    {
        return rule.Field switch
        {
            "activity.lastActivity" => CompareDate(c => c.LastActivityDateUtc, rule, scope),
            "activity.lastLogin" => CompareDate(c => c.LastLoginDateUtc, rule, scope),
            _ => throw Unsupported(rule)
        };
    }
}
