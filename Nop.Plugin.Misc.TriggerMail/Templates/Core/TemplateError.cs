namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>A problem in one field of a template; line and column are 1-based, 0 when unknown.</summary>
public sealed record TemplateError(string Field, int Line, int Column, string Message)
{
    /// <summary>An error about the field as a whole, at no line or column.</summary>
    public static TemplateError InField(string field, string message) => new(field, Line: 0, Column: 0, message);

    public override string ToString() => Line > 0 ? $"{Field} ({Line}:{Column}): {Message}" : $"{Field}: {Message}";
}
