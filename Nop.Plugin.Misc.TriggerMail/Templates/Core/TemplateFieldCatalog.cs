using System.Collections;
using Nop.Plugin.Misc.TriggerMail.Templates.Core.Model;

namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>
/// Every field, loop, helper and nopCommerce token a template can use, read from the template model itself so the
/// editor's list cannot drift from what the engine renders.
/// </summary>
public static class TemplateFieldCatalog
{
    public const string HelpersGroup = "Helpers";
    public const string TokensGroup = "nopCommerce tokens";

    public static IReadOnlyList<TemplateFieldInfo> All { get; } = Build();

    private static List<TemplateFieldInfo> Build()
    {
        var fields = new List<TemplateFieldInfo>();
        foreach (var part in typeof(EmailModel).GetProperties().Where(p => p.PropertyType != typeof(string) && (p.PropertyType.IsClass || ItemType(p.PropertyType) is not null)))
        {
            if (ItemType(part.PropertyType) is { } listItem)
            {
                fields.Add(Loop(part.Name, part.Name, listItem));
                continue;
            }

            foreach (var property in part.PropertyType.GetProperties())
            {
                var path = $"{part.Name}.{property.Name}";
                if (ItemType(property.PropertyType) is { } item)
                    fields.Add(Loop(part.Name, path, item));
                else if (property.PropertyType == typeof(DateTime))
                    fields.Add(new TemplateFieldInfo(part.Name, path, $"{{{{date {path} \"d\"}}}}", "A date, formatted in the customer's culture."));
                else
                    fields.Add(new TemplateFieldInfo(part.Name, path, $"{{{{{path}}}}}", property.PropertyType == typeof(int) ? "A number." : "Text, HTML-escaped."));
            }
        }

        fields.Add(new TemplateFieldInfo(HelpersGroup, "if … else", "{{#if Order}}…{{else}}…{{/if}}", "Shows a part only when the value is there."));
        fields.Add(new TemplateFieldInfo(HelpersGroup, "date", "{{date Order.CreatedOnUtc \"d\"}}", "Formats a date in the customer's culture (.NET format)."));
        fields.Add(new TemplateFieldInfo(HelpersGroup, "money", "{{money 19.9 \"EUR\"}}", "Formats an amount with a currency code in the customer's culture."));
        fields.Add(new TemplateFieldInfo(HelpersGroup, "raw HTML", "{{{Order.Url}}}", "Three braces: the value is not HTML-escaped."));
        foreach (var (token, expression) in NopTokenMapper.Tokens)
            fields.Add(new TemplateFieldInfo(TokensGroup, $"%{token}%", $"%{token}%", expression.StartsWith('<') ? "A ready-made table of the items." : $"Same as {expression}."));

        return fields;
    }

    private static TemplateFieldInfo Loop(string group, string path, Type item)
    {
        var names = item.GetProperties().Select(p => p.Name).ToList();
        var inner = string.Join(" ", names.Take(3).Select(name => $"{{{{{name}}}}}"));
        return new TemplateFieldInfo(group, $"{path}[]", $"{{{{#each {path}}}}}{inner}{{{{/each}}}}",
            $"Repeats for each item; inside: {string.Join(", ", names)}.");
    }

    private static Type ItemType(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[0] : null;
}
