using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// Saves a template with all its languages at once: every language is checked first, and nothing is written
/// unless all of them compile and render, so an editor's save is all or nothing.
/// </summary>
public class LocalizedTemplateSaver
{
    private readonly EmailTemplateService _templateService;

    public LocalizedTemplateSaver(EmailTemplateService templateService)
    {
        _templateService = templateService;
    }

    public async Task<IReadOnlyList<LocalizedTemplateError>> ValidateAsync(EmailTemplate template, IReadOnlyList<TemplateTranslation> translations)
    {
        var errors = (await _templateService.ValidateAsync(template)).Select(LocalizedTemplateError.InStandardTexts).ToList();
        foreach (var translation in translations.Where(HasText))
        {
            var entered = EnteredFields(translation, template.IsLayout);
            // A field left empty falls back to the default text, whose errors are already reported once.
            errors.AddRange((await _templateService.ValidateLocalizedAsync(template, translation.Subject, translation.Preheader, translation.BodyHtml))
                .Where(e => entered.Contains(e.Field))
                .Select(e => new LocalizedTemplateError(translation.LanguageId, e)));
        }

        return errors;
    }

    /// <summary>
    /// Writes the admin's changes onto the template (a new one when it has no id yet) and saves it with its languages;
    /// returns the errors and writes nothing when there are any.
    /// </summary>
    public Task<IReadOnlyList<LocalizedTemplateError>> SaveAsync(EmailTemplate template, TemplateChanges changes)
    {
        template.Name = changes.Name?.Trim();
        template.IsLayout = changes.IsLayout;
        template.LayoutId = changes.IsLayout ? null : changes.LayoutId;
        template.Subject = changes.IsLayout ? null : changes.Subject;
        template.Preheader = changes.IsLayout ? null : changes.Preheader;
        template.BodyHtml = changes.BodyHtml;
        return SaveAsync(template, changes.Translations);
    }

    /// <summary>Returns the errors and writes nothing when there are any.</summary>
    public async Task<IReadOnlyList<LocalizedTemplateError>> SaveAsync(EmailTemplate template, IReadOnlyList<TemplateTranslation> translations)
    {
        var errors = await ValidateAsync(template, translations);
        if (errors.Count > 0)
            return errors;

        await _templateService.SaveAsync(template);
        foreach (var translation in translations)
            await _templateService.SaveLocalizedAsync(template, translation.LanguageId, translation.Subject, translation.Preheader, translation.BodyHtml);
        return [];
    }

    private static bool HasText(TemplateTranslation translation) =>
        !string.IsNullOrEmpty(translation.Subject) || !string.IsNullOrEmpty(translation.Preheader) || !string.IsNullOrEmpty(translation.BodyHtml);

    private static HashSet<string> EnteredFields(TemplateTranslation translation, bool isLayout)
    {
        var fields = new HashSet<string>();
        if (!string.IsNullOrEmpty(translation.Subject))
            fields.Add(TemplateFields.Subject);
        if (!string.IsNullOrEmpty(translation.Preheader))
            fields.Add(TemplateFields.Preheader);
        if (!string.IsNullOrEmpty(translation.BodyHtml))
            fields.Add(isLayout ? TemplateFields.Layout : TemplateFields.Body);
        return fields;
    }
}
