using Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;

namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>Made-up data with every part filled, for previews without a real customer and for checking templates.</summary>
public static class SampleEmailModel
{
    public static EmailModel Create(string storeUrl = "https://example.com/", int cartItems = 3)
    {
        var items = Enumerable.Range(1, cartItems).Select(i => new LineItemData
        {
            Name = $"Sample product {i}",
            Sku = $"SKU-{i:000}",
            Quantity = i,
            UnitPrice = $"${10 * i}.00",
            Total = $"${10 * i * i}.00",
            PictureUrl = $"{storeUrl}images/thumbs/sample-{i}.jpeg",
            ProductUrl = $"{storeUrl}sample-product-{i}"
        }).ToList();

        return new EmailModel
        {
            Culture = "en-US",
            Customer = new CustomerData { FirstName = "Jane", LastName = "Doe", FullName = "Jane Doe", Email = "jane.doe@example.com", Greeting = "Jane" },
            Store = new StoreData
            {
                Name = "Sample store", Url = storeUrl, LogoUrl = $"{storeUrl}images/logo.png", CompanyName = "Sample Ltd",
                Address = "1 Sample Street, Sampletown", Phone = "+1 555 0100"
            },
            Order = new OrderData
            {
                Number = "1001", Date = "Monday, March 2, 2026", CreatedOnUtc = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc),
                Status = "Processing", Url = $"{storeUrl}orderdetails/1001", Items = items, Subtotal = "$140.00", Shipping = "$5.00",
                Tax = "$0.00", Discount = "$0.00", Total = "$145.00", TrackingNumber = "1Z999AA10123456784",
                TrackingUrl = "https://tracking.example.com/1Z999AA10123456784"
            },
            Cart = new CartData { Items = items, ItemCount = items.Sum(i => i.Quantity), Subtotal = "$140.00", Url = $"{storeUrl}cart" },
            Recommended =
            [
                new ProductData { Name = "You may also like", Price = "$19.00", PictureUrl = $"{storeUrl}images/thumbs/like.jpeg", Url = $"{storeUrl}like" }
            ],
            Links = new LinksData { Unsubscribe = $"{storeUrl}triggermail/unsubscribe/sample", Store = storeUrl, Cart = $"{storeUrl}cart" }
        };
    }
}
