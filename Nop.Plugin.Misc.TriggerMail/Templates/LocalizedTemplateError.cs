using Nop.Plugin.Misc.TriggerMail.Templates.Core;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>A template error in one language's texts; language 0 is the default (standard) texts.</summary>
public sealed record LocalizedTemplateError(int LanguageId, TemplateError Error);
