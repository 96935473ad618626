using System.Globalization;
using System.Text.Json;

namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

/// <summary>
/// Reads a condition's JSON value as the kind its operator takes. Validation calls <see cref="Read"/> and
/// reports a null; the compiler calls the typed accessors on rules that passed validation.
/// </summary>
public static class SegmentValues
{
    public const int MaxListLength = 1000;

    /// <summary>The value as the kind's CLR type, or null with the reason when it is not one.</summary>
    public static object Read(JsonElement? value, SegmentValueKind kind, out string reason)
    {
        reason = null;
        if (value is not { } element || element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            reason = $"a value is required ({Describe(kind)})";
            return null;
        }

        object result = kind switch
        {
            SegmentValueKind.Integer => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var i) && i >= 0 ? i : null,
            SegmentValueKind.Money => element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var d) ? d : null,
            SegmentValueKind.Date => element.ValueKind == JsonValueKind.String && DateTime.TryParse(element.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) ? date : null,
            SegmentValueKind.Boolean => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? element.GetBoolean() : null,
            SegmentValueKind.Text => element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString()) ? element.GetString().Trim() : null,
            SegmentValueKind.IdList => IntList(element, 1, int.MaxValue),
            SegmentValueKind.MonthList => IntList(element, 1, 12),
            SegmentValueKind.TextList => TextList(element),
            _ => null
        };

        if (result is null)
            reason = $"the value {element.GetRawText()} is not {Describe(kind)}";
        return result;
    }

    public static int Integer(SegmentRule rule) => (int)ReadValid(rule, SegmentValueKind.Integer);

    public static decimal Money(SegmentRule rule) => (decimal)ReadValid(rule, SegmentValueKind.Money);

    public static DateTime Date(SegmentRule rule) => (DateTime)ReadValid(rule, SegmentValueKind.Date);

    public static bool Boolean(SegmentRule rule) => (bool)ReadValid(rule, SegmentValueKind.Boolean);

    public static string Text(SegmentRule rule) => (string)ReadValid(rule, SegmentValueKind.Text);

    public static List<int> Ids(SegmentRule rule) => (List<int>)ReadValid(rule, SegmentValueKind.IdList);

    public static List<int> Months(SegmentRule rule) => (List<int>)ReadValid(rule, SegmentValueKind.MonthList);

    public static List<string> Texts(SegmentRule rule) => (List<string>)ReadValid(rule, SegmentValueKind.TextList);

    private static object ReadValid(SegmentRule rule, SegmentValueKind kind)
    {
        return Read(rule.Value, kind, out var reason)
            ?? throw new InvalidOperationException($"Condition '{rule.Field}' was not validated: {reason}.");
    }

    private static List<int> IntList(JsonElement element, int min, int max)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() is 0 or > MaxListLength)
            return null;

        var values = new List<int>();
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var value) || value < min || value > max)
                return null;
            values.Add(value);
        }

        return values.Distinct().ToList();
    }

    private static List<string> TextList(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() is 0 or > MaxListLength)
            return null;

        var values = new List<string>();
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                return null;
            values.Add(item.GetString().Trim().ToLowerInvariant());
        }

        return values.Distinct().ToList();
    }

    private static string Describe(SegmentValueKind kind) => kind switch
    {
        SegmentValueKind.Integer => "a whole number of 0 or more",
        SegmentValueKind.Money => "an amount",
        SegmentValueKind.Date => "an ISO 8601 date",
        SegmentValueKind.Boolean => "true or false",
        SegmentValueKind.Text => "a non-empty text",
        SegmentValueKind.IdList => $"a list of 1 to {MaxListLength} positive ids",
        SegmentValueKind.MonthList => "a list of months from 1 to 12",
        SegmentValueKind.TextList => $"a list of 1 to {MaxListLength} non-empty texts",
        _ => kind.ToString()
    };
}
