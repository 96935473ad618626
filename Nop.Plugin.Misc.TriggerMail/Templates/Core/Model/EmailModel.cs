namespace Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;

/// <summary>
/// Everything a template can read: plain data only, so a template can neither reach an entity nor call a
/// service. Dates and money are already formatted for the customer's language and the order's currency.
/// </summary>
public sealed class EmailModel
{
    public CustomerData Customer { get; init; } = new();

    public StoreData Store { get; init; } = new();

    public OrderData Order { get; init; }

    public CartData Cart { get; init; }

    public IReadOnlyList<ProductData> Recommended { get; init; } = [];

    public LinksData Links { get; init; } = new();

    /// <summary>The customer's culture (e.g. "de-DE"); the date and money helpers format with it.</summary>
    public string Culture { get; init; } = "en-US";
}
