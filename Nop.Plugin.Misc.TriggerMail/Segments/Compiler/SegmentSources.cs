using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Compiler;

/// <summary>
/// The tables a rule tree may correlate with, as queries of the same database (repository <c>Table</c>s), so the
/// compiled predicate becomes correlated subqueries of one SQL statement.
/// </summary>
public sealed class SegmentSources
{
    public IQueryable<Customer> Customers { get; init; }

    public IQueryable<CustomerCustomerRoleMapping> CustomerRoleMappings { get; init; }

    public IQueryable<CustomerRole> CustomerRoles { get; init; }

    public IQueryable<NewsLetterSubscription> NewsLetterSubscriptions { get; init; }

    public IQueryable<Order> Orders { get; init; }

    public IQueryable<OrderItem> OrderItems { get; init; }

    public IQueryable<Product> Products { get; init; }

    public IQueryable<ProductCategory> ProductCategories { get; init; }

    public IQueryable<ProductManufacturer> ProductManufacturers { get; init; }

    public IQueryable<ShoppingCartItem> ShoppingCartItems { get; init; }

    public IQueryable<Message> Messages { get; init; }

    public IQueryable<TrackingEvent> TrackingEvents { get; init; }

    public IQueryable<Enrollment> Enrollments { get; init; }

    public IQueryable<Suppression> Suppressions { get; init; }

    public IQueryable<CustomerRfmScore> RfmScores { get; init; }
}
