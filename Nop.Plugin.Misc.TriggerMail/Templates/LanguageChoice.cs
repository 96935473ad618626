namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>The language a letter is written in and the culture its dates and numbers use.</summary>
public sealed record LanguageChoice(int LanguageId, string Culture);
