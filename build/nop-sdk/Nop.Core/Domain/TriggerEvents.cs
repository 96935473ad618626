namespace Nop.Core.Domain.Customers
{
    public partial class CustomerLoggedinEvent
    {
        public CustomerLoggedinEvent(Customer customer, Customer guestCustomer = null)
        {
            Customer = customer;
            GuestCustomer = guestCustomer;
        }

        public Customer Customer { get; }

        public Customer GuestCustomer { get; }
    }
}

namespace Nop.Core.Domain.Orders
{
    public partial class OrderPlacedEvent
    {
        public OrderPlacedEvent(Order order)
        {
            Order = order;
        }

        public Order Order { get; }
    }

    public partial class OrderPaidEvent
    {
        public OrderPaidEvent(Order order)
        {
            Order = order;
        }

        public Order Order { get; }
    }

    public partial class OrderStatusChangedEvent
    {
        public OrderStatusChangedEvent(Order order, OrderStatus previousOrderStatus)
        {
            Order = order;
            PreviousOrderStatus = previousOrderStatus;
        }

        public Order Order { get; }

        public OrderStatus PreviousOrderStatus { get; set; }
    }

    public partial class OrderRefundedEvent
    {
        public OrderRefundedEvent(Order order, decimal amount)
        {
            Order = order;
            Amount = amount;
        }

        public Order Order { get; }

        public decimal Amount { get; }
    }
}

namespace Nop.Core.Domain.Shipping
{
    public partial class ShipmentSentEvent
    {
        public ShipmentSentEvent(Shipment shipment)
        {
            Shipment = shipment;
        }

        public Shipment Shipment { get; }
    }

    public partial class ShipmentDeliveredEvent
    {
        public ShipmentDeliveredEvent(Shipment shipment)
        {
            Shipment = shipment;
        }

        public Shipment Shipment { get; }
    }
}

namespace Nop.Core.Domain.Messages
{
    public partial class EmailSubscribedEvent
    {
        public EmailSubscribedEvent(NewsLetterSubscription subscription)
        {
            Subscription = subscription;
        }

        public NewsLetterSubscription Subscription { get; }
    }

    public partial class EmailUnsubscribedEvent
    {
        public EmailUnsubscribedEvent(NewsLetterSubscription subscription)
        {
            Subscription = subscription;
        }

        public NewsLetterSubscription Subscription { get; }
    }
}
