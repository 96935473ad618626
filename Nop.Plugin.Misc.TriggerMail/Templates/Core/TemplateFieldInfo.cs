namespace Nop.Plugin.Misc.TriggerMail.Templates.Core;

/// <summary>One thing a template can use, as the editor offers it: what to insert and what it gives.</summary>
public sealed record TemplateFieldInfo(string Group, string Label, string Insert, string Description);
