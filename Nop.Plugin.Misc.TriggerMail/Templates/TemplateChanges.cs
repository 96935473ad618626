namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// A template as the admin edited it: the default texts and each language's, written by
/// <see cref="LocalizedTemplateSaver.SaveAsync(Domain.EmailTemplate, TemplateChanges)"/> only when every language compiles.
/// </summary>
/// <param name="LayoutId">null for no layout (always for a layout itself).</param>
public sealed record TemplateChanges(
    string Name,
    bool IsLayout,
    int? LayoutId,
    string Subject,
    string Preheader,
    string BodyHtml,
    IReadOnlyList<TemplateTranslation> Translations);
