namespace Nop.Core.Domain.Catalog;

public partial class ProductCategory : BaseEntity
{
    public int ProductId { get; set; }

    public int CategoryId { get; set; }

    public bool IsFeaturedProduct { get; set; }

    public int DisplayOrder { get; set; }
}

public partial class ProductManufacturer : BaseEntity
{
    public int ProductId { get; set; }

    public int ManufacturerId { get; set; }

    public bool IsFeaturedProduct { get; set; }

    public int DisplayOrder { get; set; }
}
