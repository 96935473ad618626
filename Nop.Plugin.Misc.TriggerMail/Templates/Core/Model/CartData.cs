namespace Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;

public sealed class CartData
{
    public IReadOnlyList<LineItemData> Items { get; init; } = [];

    public int ItemCount { get; init; }

    public string Subtotal { get; init; }

    /// <summary>The "return to cart" link.</summary>
    public string Url { get; init; }
}
