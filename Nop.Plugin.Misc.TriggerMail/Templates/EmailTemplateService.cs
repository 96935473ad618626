using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// Saves templates and their per-language versions, each only after it compiles and renders with sample
/// data; a rejected save changes nothing and reports every error with its line and column.
/// </summary>
public class EmailTemplateService
{
    private readonly IRepository<EmailTemplate> _templateRepository;
    private readonly ILocalizedEntityService _localizedEntityService;
    private readonly TemplateEngine _engine;
    private readonly TimeProvider _timeProvider;

    public EmailTemplateService(IRepository<EmailTemplate> templateRepository, ILocalizedEntityService localizedEntityService,
        TemplateEngine engine, TimeProvider timeProvider)
    {
        _templateRepository = templateRepository;
        _localizedEntityService = localizedEntityService;
        _engine = engine;
        _timeProvider = timeProvider;
    }

    public async Task<IReadOnlyList<TemplateError>> ValidateAsync(EmailTemplate template, string subject = null, string preheader = null, string bodyHtml = null)
    {
        var errors = new List<TemplateError>();
        if (string.IsNullOrWhiteSpace(template.Name))
            errors.Add(TemplateError.InField(nameof(EmailTemplate.Name), "A template needs a name."));

        var body = bodyHtml ?? template.BodyHtml;
        if (template.IsLayout)
        {
            errors.AddRange(_engine.Check(new TemplateSource(Subject: null, Preheader: null, BodyHtml: "x", LayoutHtml: body)));
            return errors;
        }

        if (string.IsNullOrWhiteSpace(subject ?? template.Subject))
            errors.Add(TemplateError.InField(TemplateFields.Subject, "A letter needs a subject."));

        var layout = template.LayoutId is { } layoutId && layoutId > 0 ? await _templateRepository.GetByIdAsync(layoutId) : null;
        if (template.LayoutId > 0 && layout is not { IsLayout: true })
            errors.Add(TemplateError.InField(TemplateFields.Layout, $"The layout {template.LayoutId} does not exist or is not a layout."));

        var source = new TemplateSource(subject ?? template.Subject, preheader ?? template.Preheader, body, layout?.IsLayout == true ? layout.BodyHtml : null);
        var compileErrors = _engine.Check(source);
        errors.AddRange(compileErrors);
        if (compileErrors.Count == 0)
            errors.AddRange(TryRender(source));

        return errors;
    }

    public Task<EmailTemplate> GetByIdAsync(int templateId) => _templateRepository.GetByIdAsync(templateId);

    /// <summary>Deletes the template; the caller checks first that no scenario step or letter uses it (<see cref="TemplateUsage"/>).</summary>
    public Task DeleteAsync(EmailTemplate template) => _templateRepository.DeleteAsync(template);

    /// <summary>Inserts or updates the default-language template; throws <see cref="TemplateCompileException"/> when it is invalid.</summary>
    public async Task SaveAsync(EmailTemplate template)
    {
        var errors = await ValidateAsync(template);
        if (errors.Count > 0)
            throw new TemplateCompileException(errors);

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        template.UpdatedOnUtc = now;
        if (template.Id == 0)
        {
            template.CreatedOnUtc = now;
            await _templateRepository.InsertAsync(template);
        }
        else
            await _templateRepository.UpdateAsync(template);
    }

    /// <summary>Checks one language's version as it will be rendered: empty texts fall back to the default language's.</summary>
    public Task<IReadOnlyList<TemplateError>> ValidateLocalizedAsync(EmailTemplate template, string subject, string preheader, string bodyHtml) =>
        ValidateAsync(template, Fallback(subject, template.Subject), Fallback(preheader, template.Preheader), Fallback(bodyHtml, template.BodyHtml));

    /// <summary>Saves one language's version after validating it; empty texts mean "use the default language".</summary>
    public async Task SaveLocalizedAsync(EmailTemplate template, int languageId, string subject, string preheader, string bodyHtml)
    {
        var errors = await ValidateLocalizedAsync(template, subject, preheader, bodyHtml);
        if (errors.Count > 0)
            throw new TemplateCompileException(errors);

        await _localizedEntityService.SaveLocalizedValueAsync(template, t => t.Subject, subject, languageId);
        await _localizedEntityService.SaveLocalizedValueAsync(template, t => t.Preheader, preheader, languageId);
        await _localizedEntityService.SaveLocalizedValueAsync(template, t => t.BodyHtml, bodyHtml, languageId);
    }

    private IEnumerable<TemplateError> TryRender(TemplateSource source)
    {
        try
        {
            _engine.Compile(source).Render(SampleEmailModel.Create());
            return [];
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return [TemplateError.InField(TemplateFields.Body, $"The template fails when rendered with sample data: {exception.Message}")];
        }
    }

    private static string Fallback(string value, string fallback) => string.IsNullOrEmpty(value) ? fallback : value;
}
