using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Data.Mapping;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness;

/// <summary>
/// The host table names that differ from the entity name in nopCommerce 4.90.
/// </summary>
public sealed class HostNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => new()
    {
        [typeof(CustomerCustomerRoleMapping)] = "Customer_CustomerRole_Mapping",
        [typeof(ProductCategory)] = "Product_Category_Mapping",
        [typeof(ProductManufacturer)] = "Product_Manufacturer_Mapping"
    };

    public Dictionary<(Type, string), string> ColumnName => new()
    {
        [(typeof(Customer), nameof(Customer.BillingAddressId))] = "BillingAddress_Id",
        [(typeof(Customer), nameof(Customer.ShippingAddressId))] = "ShippingAddress_Id",
        [(typeof(CustomerCustomerRoleMapping), nameof(CustomerCustomerRoleMapping.CustomerId))] = "Customer_Id",
        [(typeof(CustomerCustomerRoleMapping), nameof(CustomerCustomerRoleMapping.CustomerRoleId))] = "CustomerRole_Id"
    };
}
