using System.Linq.Expressions;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using static Nop.Plugin.Misc.TriggerMail.Segments.Compiler.Comparisons;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Compiler;

/// <summary>
/// Conditions on the shopping cart (not the wishlist). Cart value is quantity times the customer-entered price
/// or else the product's price; attribute price adjustments and discounts are not applied.
/// Cart age is the days since the cart last changed.
/// </summary>
public static class CartConditions
{
    public static Expression<Func<Customer, bool>> Compile(SegmentRule rule, SegmentScope scope)
    {
        var cart = scope.Sources.ShoppingCartItems.Where(i => i.ShoppingCartTypeId == (int)ShoppingCartType.ShoppingCart);
        if (scope.StoreId > 0)
        {
            var storeId = scope.StoreId;
            cart = cart.Where(i => i.StoreId == storeId);
        }

        switch (rule.Field)
        {
            case "cart.hasItems":
                return Flag(c => cart.Any(i => i.CustomerId == c.Id), rule);
            case "cart.value":
            {
                var products = scope.Sources.Products;
                return Compare(c => (from i in cart
                        join p in products on i.ProductId equals p.Id
                        where i.CustomerId == c.Id
                        select (decimal?)(i.Quantity * (i.CustomerEnteredPrice > 0 ? i.CustomerEnteredPrice : p.Price))).Sum() ?? 0m,
                    rule.Operator, SegmentValues.Money(rule));
            }
            case "cart.product":
            {
                var ids = SegmentValues.Ids(rule);
                return Membership(c => cart.Any(i => i.CustomerId == c.Id && ids.Contains(i.ProductId)), rule);
            }
            case "cart.category":
            {
                var ids = SegmentValues.Ids(rule);
                var mappings = scope.Sources.ProductCategories;
                return Membership(c => cart.Any(i => i.CustomerId == c.Id
                    && mappings.Any(m => m.ProductId == i.ProductId && ids.Contains(m.CategoryId))), rule);
            }
            case "cart.ageDays":
                return Age(cart, rule, scope);
            default:
                throw Unsupported(rule);
        }
    }

    // Age > N days ⇔ last change < now − N days; an empty cart has no age and matches nothing.
    private static Expression<Func<Customer, bool>> Age(IQueryable<ShoppingCartItem> cart, SegmentRule rule, SegmentScope scope)
    {
        Expression<Func<Customer, DateTime?>> lastChange = c => cart.Where(i => i.CustomerId == c.Id).Max(i => (DateTime?)i.UpdatedOnUtc);
        DateTime? cutoff = scope.DaysAgo(SegmentValues.Integer(rule));
        var @operator = rule.Operator switch
        {
            SegmentOperators.GreaterThan => SegmentOperators.LessThan,
            SegmentOperators.GreaterOrEqual => SegmentOperators.LessOrEqual,
            SegmentOperators.LessThan => SegmentOperators.GreaterThan,
            SegmentOperators.LessOrEqual => SegmentOperators.GreaterOrEqual,
            _ => throw Unsupported(rule)
        };
        return Compare(lastChange, @operator, cutoff);
    }
}
