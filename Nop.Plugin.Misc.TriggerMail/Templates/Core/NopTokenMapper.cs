using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>
/// nopCommerce message-template tokens (<c>%Customer.FullName%</c>) rewritten as Handlebars expressions over
/// the model, so admins' existing habits carry over. An unknown token is a validation error, not silent text.
/// </summary>
public static partial class NopTokenMapper
{
    private const string OrderItemsTable =
        "<table class=\"order-items\">{{#each Order.Items}}<tr><td><img src=\"{{PictureUrl}}\" alt=\"{{Name}}\" width=\"80\" /></td>"
        + "<td><a href=\"{{ProductUrl}}\">{{Name}}</a><br />{{Attributes}}</td><td>{{Quantity}}</td><td>{{Total}}</td></tr>{{/each}}</table>";

    private const string CartItemsTable =
        "<table class=\"cart-items\">{{#each Cart.Items}}<tr><td><img src=\"{{PictureUrl}}\" alt=\"{{Name}}\" width=\"80\" /></td>"
        + "<td><a href=\"{{ProductUrl}}\">{{Name}}</a></td><td>{{Quantity}}</td><td>{{Total}}</td></tr>{{/each}}</table>";

    public static IReadOnlyDictionary<string, string> Tokens { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Customer.FullName"] = "{{Customer.FullName}}",
        ["Customer.FirstName"] = "{{Customer.FirstName}}",
        ["Customer.LastName"] = "{{Customer.LastName}}",
        ["Customer.Email"] = "{{Customer.Email}}",
        ["Store.Name"] = "{{Store.Name}}",
        ["Store.URL"] = "{{Store.Url}}",
        ["Store.CompanyName"] = "{{Store.CompanyName}}",
        ["Store.CompanyAddress"] = "{{Store.Address}}",
        ["Store.CompanyPhoneNumber"] = "{{Store.Phone}}",
        ["Order.OrderNumber"] = "{{Order.Number}}",
        ["Order.CustomOrderNumber"] = "{{Order.Number}}",
        ["Order.CreatedOn"] = "{{Order.Date}}",
        ["Order.OrderURLForCustomer"] = "{{Order.Url}}",
        ["Order.OrderStatus"] = "{{Order.Status}}",
        ["Order.OrderTotal"] = "{{Order.Total}}",
        ["Order.Product(s)"] = OrderItemsTable,
        ["Shipment.TrackingNumber"] = "{{Order.TrackingNumber}}",
        ["Shipment.TrackingNumberURL"] = "{{Order.TrackingUrl}}",
        ["ShoppingCart.Product(s)"] = CartItemsTable,
        ["ShoppingCart.URL"] = "{{Cart.Url}}",
        ["Unsubscribe.URL"] = "{{Links.Unsubscribe}}"
    };

    public static string Map(string text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('%'))
            return text;

        return TokenPattern().Replace(text, match => Tokens.TryGetValue(match.Groups[1].Value, out var expression) ? expression : match.Value);
    }

    public static IEnumerable<TemplateError> UnknownTokens(string field, string text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('%'))
            yield break;

        foreach (Match match in TokenPattern().Matches(text))
        {
            if (!Tokens.ContainsKey(match.Groups[1].Value))
                yield return TemplateSyntaxChecker.At(field, text, match.Index, $"Unknown token {match.Value}.");
        }
    }

    [GeneratedRegex(@"%([A-Za-z]+\.[A-Za-z][A-Za-z()]*)%")]
    private static partial Regex TokenPattern();
}
