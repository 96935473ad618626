using Nop.Core.Domain.Common;

namespace Nop.Core.Domain.Catalog;

public partial class Product : BaseEntity, ISoftDeletedEntity
{
    public int ProductTypeId { get; set; }

    public int ParentGroupedProductId { get; set; }

    public bool VisibleIndividually { get; set; }

    public string Name { get; set; }

    public string ShortDescription { get; set; }

    public string FullDescription { get; set; }

    public bool SubjectToAcl { get; set; }

    public bool LimitedToStores { get; set; }

    public string Sku { get; set; }

    public int ManageInventoryMethodId { get; set; }

    public int StockQuantity { get; set; }

    public bool DisableBuyButton { get; set; }

    public decimal Price { get; set; }

    public decimal OldPrice { get; set; }

    public bool Published { get; set; }

    public bool Deleted { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
