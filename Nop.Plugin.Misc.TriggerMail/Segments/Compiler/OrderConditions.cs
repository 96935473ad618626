using System.Linq.Expressions;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Misc.TriggerMail.Segments.Core;
using static Nop.Plugin.Misc.TriggerMail.Segments.Compiler.Comparisons;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Compiler;

/// <summary>
/// Conditions on a customer's order history: deleted and cancelled orders never count; the options narrow it
/// to paid orders (paid or partially refunded) and to a date range.
/// </summary>
public static class OrderConditions
{
    public static Expression<Func<Customer, bool>> Compile(SegmentRule rule, SegmentScope scope)
    {
        var orders = OrdersIn(rule, scope);
        switch (rule.Field)
        {
            case "orders.count":
                return Compare(c => orders.Count(o => o.CustomerId == c.Id), rule.Operator, SegmentValues.Integer(rule));
            case "orders.totalSpent":
                return Compare(c => orders.Where(o => o.CustomerId == c.Id).Sum(o => (decimal?)o.OrderTotal) ?? 0m,
                    rule.Operator, SegmentValues.Money(rule));
            case "orders.averageValue":
                return Compare(c => orders.Where(o => o.CustomerId == c.Id).Average(o => (decimal?)o.OrderTotal),
                    rule.Operator, (decimal?)SegmentValues.Money(rule));
            case "orders.firstOrderDate":
                return CompareDate(c => orders.Where(o => o.CustomerId == c.Id).Min(o => (DateTime?)o.CreatedOnUtc), rule, scope);
            case "orders.lastOrderDate":
                return CompareDate(c => orders.Where(o => o.CustomerId == c.Id).Max(o => (DateTime?)o.CreatedOnUtc), rule, scope);
            case "orders.product":
            {
                var ids = SegmentValues.Ids(rule);
                var items = scope.Sources.OrderItems.Where(i => ids.Contains(i.ProductId));
                return Membership(c => orders.Any(o => o.CustomerId == c.Id && items.Any(i => i.OrderId == o.Id)), rule);
            }
            case "orders.category":
            {
                var ids = SegmentValues.Ids(rule);
                var mappings = scope.Sources.ProductCategories;
                var items = scope.Sources.OrderItems.Where(i => mappings.Any(m => m.ProductId == i.ProductId && ids.Contains(m.CategoryId)));
                return Membership(c => orders.Any(o => o.CustomerId == c.Id && items.Any(i => i.OrderId == o.Id)), rule);
            }
            case "orders.manufacturer":
            {
                var ids = SegmentValues.Ids(rule);
                var mappings = scope.Sources.ProductManufacturers;
                var items = scope.Sources.OrderItems.Where(i => mappings.Any(m => m.ProductId == i.ProductId && ids.Contains(m.ManufacturerId)));
                return Membership(c => orders.Any(o => o.CustomerId == c.Id && items.Any(i => i.OrderId == o.Id)), rule);
            }
            default:
                throw Unsupported(rule);
        }
    }

    /// <summary>The orders a condition counts, before correlation with the customer.</summary>
    public static IQueryable<Order> OrdersIn(SegmentRule rule, SegmentScope scope)
    {
        var orders = Countable(scope);
        if (rule.PaidOnly == true)
            orders = orders.Where(o => o.PaymentStatusId == (int)PaymentStatus.Paid || o.PaymentStatusId == (int)PaymentStatus.PartiallyRefunded);
        if (rule.FromUtc is { } from)
            orders = orders.Where(o => o.CreatedOnUtc >= from);
        if (rule.ToUtc is { } to)
            orders = orders.Where(o => o.CreatedOnUtc < to);
        if (rule.InLastDays is { } days)
        {
            var since = scope.DaysAgo(days);
            orders = orders.Where(o => o.CreatedOnUtc >= since);
        }

        return orders;
    }

    /// <summary>Orders that are not deleted or cancelled, in the scope's store.</summary>
    public static IQueryable<Order> Countable(SegmentScope scope)
    {
        var orders = scope.Sources.Orders.Where(o => !o.Deleted && o.OrderStatusId != (int)OrderStatus.Cancelled);
        if (scope.StoreId > 0)
        {
            var storeId = scope.StoreId;
            orders = orders.Where(o => o.StoreId == storeId);
        }

        return orders;
    }
}
