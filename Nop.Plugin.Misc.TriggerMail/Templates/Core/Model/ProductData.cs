namespace Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;

/// <summary>A related or cross-sell product offered under the cart or the order.</summary>
public sealed class ProductData
{
    public string Name { get; init; }

    public string Price { get; init; }

    public string PictureUrl { get; init; }

    public string Url { get; init; }
}
