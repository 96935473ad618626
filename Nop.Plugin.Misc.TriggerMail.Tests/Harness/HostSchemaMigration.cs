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
        typeof(ScheduleTask), typeof(ProductCategory), typeof(ProductManufacturer),
        typeof(Nop.Core.Domain.Directory.Country), typeof(NewsLetterSubscriptionType)
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
        Create.TableFor<ProductCategory>();
        Create.TableFor<ProductManufacturer>();
        Create.TableFor<Nop.Core.Domain.Directory.Country>();
        Create.TableFor<NewsLetterSubscriptionType>();

        // nopCommerce 4.90's own indexes on the columns segment rules correlate on (Installation/Indexes.cs,
        // UpgradeTo470/AddIndexesMigration.cs), so query plans here resemble a store's.
        CreateIndex("IX_Customer_Email", nameof(Customer), nameof(Customer.Email));
        CreateIndex("IX_Order_CustomerId", nameof(Order), nameof(Order.CustomerId));
        CreateIndex("IX_ShoppingCartItem_CustomerId", nameof(ShoppingCartItem), nameof(ShoppingCartItem.CustomerId));
        CreateIndex("IX_CustomerCustomerRoleMapping_CustomerId", "Customer_CustomerRole_Mapping", "Customer_Id");
        CreateIndex("IX_NewsletterSubscription_Email_StoreId", nameof(NewsLetterSubscription),
            nameof(NewsLetterSubscription.Email), nameof(NewsLetterSubscription.StoreId));
        CreateIndex("IX_PCM_ProductId_Extended", "Product_Category_Mapping",
            nameof(ProductCategory.ProductId), nameof(ProductCategory.IsFeaturedProduct));
        CreateIndex("IX_PMM_ProductId_Extended", "Product_Manufacturer_Mapping",
            nameof(ProductManufacturer.ProductId), nameof(ProductManufacturer.IsFeaturedProduct));
    }

    private void CreateIndex(string name, string table, params string[] columns)
    {
        FluentMigrator.Builders.Create.Index.ICreateIndexOnColumnSyntax syntax = Create.Index(name).OnTable(table);
        foreach (var column in columns)
            syntax = syntax.OnColumn(column).Ascending();
        syntax.WithOptions().NonClustered();
    }
}
