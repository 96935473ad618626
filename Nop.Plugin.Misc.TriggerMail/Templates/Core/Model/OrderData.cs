namespace Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;

public sealed class OrderData
{
    public string Number { get; init; }

    /// <summary>The order date in the customer's time zone and language.</summary>
    public string Date { get; init; }

    public DateTime CreatedOnUtc { get; init; }

    public string Status { get; init; }

    public string Url { get; init; }

    public IReadOnlyList<LineItemData> Items { get; init; } = [];

    public string Subtotal { get; init; }

    public string Shipping { get; init; }

    public string Tax { get; init; }

    public string Discount { get; init; }

    public string Total { get; init; }

    public string TrackingNumber { get; init; }

    public string TrackingUrl { get; init; }
}
