using Nop.Plugin.Misc.TriggerMail.Templates.Core;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>A template error in one language's texts; language 0 is the default (standard) texts.</summary>
public sealed record LocalizedTemplateError(int LanguageId, TemplateError Error)
{
    /// <summary>An error in the standard texts (language 0), which every language falls back to.</summary>
    public static LocalizedTemplateError InStandardTexts(TemplateError error) => new(LanguageId: 0, error);
}
