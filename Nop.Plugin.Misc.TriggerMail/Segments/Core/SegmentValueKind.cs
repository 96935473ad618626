namespace Nop.Plugin.Misc.TriggerMail.Segments.Core;

/// <summary>What the rule builder asks for as a condition's value.</summary>
public enum SegmentValueKind
{
    /// <summary>A whole number (counts, days, ages, scores).</summary>
    Integer = 10,

    /// <summary>An amount in the store's primary currency.</summary>
    Money = 20,

    /// <summary>A UTC date or date-time (ISO 8601).</summary>
    Date = 30,

    /// <summary>A list of entity ids (countries, roles, products, newsletter lists…).</summary>
    IdList = 40,

    /// <summary>One text value.</summary>
    Text = 50,

    /// <summary>A list of text values.</summary>
    TextList = 60,

    /// <summary>true or false.</summary>
    Boolean = 70,

    /// <summary>A list of months, 1 to 12.</summary>
    MonthList = 80
}
