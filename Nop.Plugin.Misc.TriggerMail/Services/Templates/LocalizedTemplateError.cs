using Nop.Plugin.Misc.TriggerMail.Templates;

namespace Nop.Plugin.Misc.TriggerMail.Services.Templates;

/// <summary>A template error in one language's texts; language 0 is the default (standard) texts.</summary>
public sealed record LocalizedTemplateError(int LanguageId, TemplateError Error);
