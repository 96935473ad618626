namespace Nop.Core.Domain.Common;

public partial interface ISoftDeletedEntity
{
    bool Deleted { get; set; }
}

public partial class GenericAttribute : BaseEntity
{
    public int EntityId { get; set; }

    public string KeyGroup { get; set; }

    public string Key { get; set; }

    public string Value { get; set; }

    public int StoreId { get; set; }

    public DateTime? CreatedOrUpdatedDateUTC { get; set; }
}

public partial class Address : BaseEntity
{
    public string FirstName { get; set; }

    public string LastName { get; set; }

    public string Email { get; set; }

    public string Company { get; set; }

    public int? CountryId { get; set; }

    public int? StateProvinceId { get; set; }

    public string County { get; set; }

    public string City { get; set; }

    public string Address1 { get; set; }

    public string Address2 { get; set; }

    public string ZipPostalCode { get; set; }

    public string PhoneNumber { get; set; }

    public string FaxNumber { get; set; }

    public string CustomAttributes { get; set; }

    public DateTime CreatedOnUtc { get; set; }
}
