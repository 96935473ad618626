using FluentMigrator;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Data.Extensions;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// The store's own tables the plugin reads, built the way nopCommerce builds them (TableFor over the entity).
/// Not a plugin migration: it carries no NopMigration attribute, so the plugin's migration scan ignores it.
/// </summary>
public sealed class HostSchemaMigration : AutoReversingMigration
{
    public static IReadOnlyList<Type> EntityTypes { get; } =
    [
        typeof(Store), typeof(Language), typeof(Customer), typeof(CustomerRole), typeof(CustomerCustomerRoleMapping),
        typeof(Address), typeof(GenericAttribute), typeof(Product), typeof(Order), typeof(OrderItem),
        typeof(ShoppingCartItem), typeof(Shipment), typeof(NewsLetterSubscription), typeof(EmailAccount),
        typeof(ScheduleTask)
    ];

    public override void Up()
    {
        Create.TableFor<Store>();
        Create.TableFor<Language>();
        Create.TableFor<Customer>();
        Create.TableFor<CustomerRole>();
        Create.TableFor<CustomerCustomerRoleMapping>();
        Create.TableFor<Address>();
        Create.TableFor<GenericAttribute>();
        Create.TableFor<Product>();
        Create.TableFor<Order>();
        Create.TableFor<OrderItem>();
        Create.TableFor<ShoppingCartItem>();
        Create.TableFor<Shipment>();
        Create.TableFor<NewsLetterSubscription>();
        Create.TableFor<EmailAccount>();
        Create.TableFor<ScheduleTask>();
    }
}
