using System.Linq.Expressions;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using static Nop.Plugin.Misc.TriggerMail.Segments.Compiler.Comparisons;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Compiler;

/// <summary>Conditions on the customer row itself, its roles and its newsletter subscriptions.</summary>
public static class ProfileConditions
{
    public static Expression<Func<Customer, bool>> Compile(SegmentRule rule, SegmentScope scope)
    {
        var sources = scope.Sources;
        switch (rule.Field)
        {
            case "profile.emailDomain":
            {
                var suffixes = SegmentValues.Texts(rule).Select(d => "@" + d.TrimStart('@')).ToList();
                return Membership(PredicateBuilder.OrAny(suffixes.Select(EmailEndsWith)), rule);
            }
            case "profile.hasFirstName":
                return Flag(c => c.FirstName != null && c.FirstName != "", rule);
            case "profile.hasLastName":
                return Flag(c => c.LastName != null && c.LastName != "", rule);
            case "profile.gender":
            {
                var gender = SegmentValues.Text(rule);
                return rule.Operator == SegmentOperators.Equal
                    ? c => c.Gender == gender
                    : c => c.Gender == null || c.Gender != gender;
            }
            case "profile.age":
                return Age(rule, scope);
            case "profile.birthdayMonth":
            {
                var months = SegmentValues.Months(rule);
                return Membership(c => c.DateOfBirth != null && months.Contains(c.DateOfBirth.Value.Month), rule);
            }
            case "profile.country":
            {
                var ids = SegmentValues.Ids(rule);
                return Membership(c => ids.Contains(c.CountryId), rule);
            }
            case "profile.language":
            {
                var ids = SegmentValues.Ids(rule);
                return Membership(c => c.LanguageId != null && ids.Contains(c.LanguageId.Value), rule);
            }
            case "profile.registeredInStore":
            {
                var ids = SegmentValues.Ids(rule);
                return Membership(c => ids.Contains(c.RegisteredInStoreId), rule);
            }
            case "profile.role":
            {
                var ids = SegmentValues.Ids(rule);
                var mappings = sources.CustomerRoleMappings;
                return Membership(c => mappings.Any(m => m.CustomerId == c.Id && ids.Contains(m.CustomerRoleId)), rule);
            }
            case "profile.registeredOn":
                return CompareDate(c => c.CreatedOnUtc, rule, scope);
            case "profile.active":
                return Flag(c => c.Active, rule);
            case "profile.guest":
            {
                var mappings = sources.CustomerRoleMappings;
                var roles = sources.CustomerRoles;
                var guests = NopCustomerDefaults.GuestsRoleName;
                return Flag(c => mappings.Any(m => m.CustomerId == c.Id
                    && roles.Any(r => r.Id == m.CustomerRoleId && r.SystemName == guests)), rule);
            }
            case "profile.newsletter":
                return Newsletter(rule, scope);
            default:
                throw Unsupported(rule);
        }
    }

    private static Expression<Func<Customer, bool>> EmailEndsWith(string suffix)
    {
        return c => c.Email != null && c.Email.ToLower().EndsWith(suffix);
    }

    // Age N on the day the rule runs: born on or before today N years ago, and after today N + 1 years ago.
    private static Expression<Func<Customer, bool>> Age(SegmentRule rule, SegmentScope scope)
    {
        var age = SegmentValues.Integer(rule);
        var today = scope.NowUtc.Date;
        DateTime? BornBy(int years) => today.AddYears(-Math.Min(years, 200));
        Expression<Func<Customer, DateTime?>> born = c => c.DateOfBirth;

        return rule.Operator switch
        {
            SegmentOperators.GreaterOrEqual => Compare(born, SegmentOperators.LessOrEqual, BornBy(age)),
            SegmentOperators.GreaterThan => Compare(born, SegmentOperators.LessOrEqual, BornBy(age + 1)),
            SegmentOperators.LessOrEqual => Compare(born, SegmentOperators.GreaterThan, BornBy(age + 1)),
            SegmentOperators.LessThan => Compare(born, SegmentOperators.GreaterThan, BornBy(age)),
            SegmentOperators.Equal => PredicateBuilder.AndAll([
                Compare(born, SegmentOperators.LessOrEqual, BornBy(age)), Compare(born, SegmentOperators.GreaterThan, BornBy(age + 1))]),
            SegmentOperators.NotEqual => PredicateBuilder.AndAll([
                c => c.DateOfBirth != null,
                PredicateBuilder.Not(PredicateBuilder.AndAll([
                    Compare(born, SegmentOperators.LessOrEqual, BornBy(age)), Compare(born, SegmentOperators.GreaterThan, BornBy(age + 1))]))]),
            _ => throw Unsupported(rule)
        };
    }

    // nopCommerce 4.90 keeps one subscription row per (email, store, list); "in" is subscribed to any of the lists.
    private static Expression<Func<Customer, bool>> Newsletter(SegmentRule rule, SegmentScope scope)
    {
        var lists = SegmentValues.Ids(rule);
        var subscriptions = scope.Sources.NewsLetterSubscriptions.Where(s => s.Active && lists.Contains(s.TypeId));
        if (scope.StoreId > 0)
        {
            var storeId = scope.StoreId;
            subscriptions = subscriptions.Where(s => s.StoreId == storeId);
        }

        return Membership(c => c.Email != null && subscriptions.Any(s => s.Email == c.Email), rule);
    }
}
