namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>A problem in one field of a template; line and column are 1-based, 0 when unknown.</summary>
public sealed record TemplateError(string Field, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{Field} ({Line}:{Column}): {Message}" : $"{Field}: {Message}";
}
