namespace Nop.Core.Domain.Payments
{
    public enum PaymentStatus
    {
        Pending = 10,
        Authorized = 20,
        Paid = 30,
        PartiallyRefunded = 35,
        Refunded = 40,
        Voided = 50
    }
}

namespace Nop.Core.Domain.Shipping
{
    public enum ShippingStatus
    {
        ShippingNotRequired = 10,
        NotYetShipped = 20,
        PartiallyShipped = 25,
        Shipped = 30,
        Delivered = 40
    }

    public partial class Shipment : BaseEntity
    {
        public int OrderId { get; set; }

        public string TrackingNumber { get; set; }

        public decimal? TotalWeight { get; set; }

        public DateTime? ShippedDateUtc { get; set; }

        public DateTime? DeliveryDateUtc { get; set; }

        public DateTime? ReadyForPickupDateUtc { get; set; }

        public string AdminComment { get; set; }

        public DateTime CreatedOnUtc { get; set; }
    }
}
