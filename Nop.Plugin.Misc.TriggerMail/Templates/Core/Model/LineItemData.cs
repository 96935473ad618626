namespace Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;

/// <summary>An order line or a cart line; prices are formatted strings in the right currency.</summary>
public sealed class LineItemData
{
    public string Name { get; init; }

    public string Sku { get; init; }

    public string Attributes { get; init; }

    public int Quantity { get; init; }

    public string UnitPrice { get; init; }

    public string Total { get; init; }

    public string PictureUrl { get; init; }

    public string ProductUrl { get; init; }
}
