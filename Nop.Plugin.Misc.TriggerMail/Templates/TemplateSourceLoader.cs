using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// A template's texts in one language (nopCommerce localized properties), each falling back to the store's
/// default-language text when that language has none; its layout likewise.
/// </summary>
public class TemplateSourceLoader
{
    private readonly IRepository<EmailTemplate> _templateRepository;
    private readonly ILocalizationService _localizationService;

    public TemplateSourceLoader(IRepository<EmailTemplate> templateRepository, ILocalizationService localizationService)
    {
        _templateRepository = templateRepository;
        _localizationService = localizationService;
    }

    public async Task<TemplateSource> LoadAsync(int templateId, int languageId)
    {
        var template = await _templateRepository.GetByIdAsync(templateId)
            ?? throw new TemplateNotFoundException($"Template {templateId} does not exist.");
        if (template.IsLayout)
            throw new TemplateNotFoundException($"Template {templateId} ('{template.Name}') is a layout, not a letter.");

        string layout = null;
        if (template.LayoutId is { } layoutId && layoutId > 0)
        {
            var layoutTemplate = await _templateRepository.GetByIdAsync(layoutId)
                ?? throw new TemplateNotFoundException($"The layout {layoutId} of template {templateId} does not exist.");
            layout = await _localizationService.GetLocalizedAsync(layoutTemplate, t => t.BodyHtml, languageId);
        }

        return new TemplateSource(
            await _localizationService.GetLocalizedAsync(template, t => t.Subject, languageId),
            await _localizationService.GetLocalizedAsync(template, t => t.Preheader, languageId),
            await _localizationService.GetLocalizedAsync(template, t => t.BodyHtml, languageId),
            layout);
    }
}
