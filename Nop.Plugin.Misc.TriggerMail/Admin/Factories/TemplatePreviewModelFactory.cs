using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Admin.Models.Templates;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Templates;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.TriggerMail.Admin.Factories;

/// <summary>
/// The editor's live preview and test send: turns the texts being typed into a template source (with the chosen
/// layout in the same language, or a sample letter inside a layout being edited) and renders it with the
/// template preview service, as sample data or as the chosen customer.
/// </summary>
public class TemplatePreviewModelFactory
{
    public const string LayoutPreviewSubject = "(layout preview)";
    public const string LayoutPreviewLetter = "<p>Hello {{Customer.Greeting}},</p><p>This is where each letter goes.</p>";

    private readonly IRepository<EmailTemplate> _templateRepository;
    private readonly ILocalizationService _localizationService;
    private readonly IStoreContext _storeContext;
    private readonly TemplatePreviewService _previewService;
    private readonly PreviewCustomerLookup _customerLookup;
    private readonly TemplateEngine _engine;

    public TemplatePreviewModelFactory(IRepository<EmailTemplate> templateRepository, ILocalizationService localizationService, IStoreContext storeContext,
        TemplatePreviewService previewService, PreviewCustomerLookup customerLookup, TemplateEngine engine)
    {
        _templateRepository = templateRepository;
        _localizationService = localizationService;
        _storeContext = storeContext;
        _previewService = previewService;
        _customerLookup = customerLookup;
        _engine = engine;
    }

    public async Task<TemplatePreviewResult> PreviewAsync(TemplatePreviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = new TemplatePreviewResult();
        var (source, storeId, languageId) = await SourceAsync(request, result);
        if (source is null)
            return result;

        foreach (var error in _engine.Check(source))
            result.Errors.Add(Error(request, error));
        (int? CustomerId, int? OrderId, string Description) target;
        try
        {
            target = await _customerLookup.FindAsync(request.Customer, request.OrderId);
        }
        catch (ArgumentException exception)
        {
            result.Errors.Add(new TemplateErrorModel { LanguageId = request.LanguageId, Field = exception.ParamName, Message = exception.Message, Text = exception.Message });
            return result;
        }

        result.RenderedFor = target.Description ?? "sample data";
        if (result.Errors.Count > 0)
            return result;

        try
        {
            var rendered = await _previewService.PreviewSourceAsync(source, storeId, languageId, target.CustomerId, target.OrderId);
            result.Subject = rendered.Subject;
            result.Html = rendered.HtmlBody;
            result.Success = true;
        }
        catch (TemplateCompileException exception)
        {
            foreach (var error in exception.Errors)
                result.Errors.Add(Error(request, error));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            result.Errors.Add(Error(request, TemplateError.InField(TemplateFields.Body, $"The template fails when rendered: {exception.Message}")));
        }

        return result;
    }

    /// <summary>Sends what the preview shows to the typed address; returns the reason when it cannot.</summary>
    public async Task<(bool Success, string Message)> SendTestAsync(TemplatePreviewRequest request)
    {
        var preview = await PreviewAsync(request);
        if (!preview.Success)
            return (false, string.Join(" ", preview.Errors.Select(e => e.Text)));

        var result = new TemplatePreviewResult();
        var (source, storeId, languageId) = await SourceAsync(request, result);
        var target = await _customerLookup.FindAsync(request.Customer, request.OrderId);
        try
        {
            await _previewService.SendTestSourceAsync(request.ToAddress, source, storeId, languageId, target.CustomerId, target.OrderId);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return (false, exception.Message);
        }

        return (true, $"The test email \"{TemplatePreviewService.TestSubjectPrefix}{preview.Subject}\" was sent to {request.ToAddress.Trim()}.");
    }

    private async Task<(TemplateSource Source, int StoreId, int? LanguageId)> SourceAsync(TemplatePreviewRequest request, TemplatePreviewResult result)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var storeId = store?.Id ?? 0;
        int? languageId = request.LanguageId > 0 ? request.LanguageId : null;
        var renderLanguage = languageId ?? store?.DefaultLanguageId ?? 0;
        var body = Fallback(request.BodyHtml, request.DefaultBodyHtml);
        if (request.IsLayout)
            return (new TemplateSource(LayoutPreviewSubject, Preheader: null, BodyHtml: LayoutPreviewLetter, LayoutHtml: body ?? string.Empty), storeId, languageId);

        string layoutHtml = null;
        if (request.LayoutId > 0)
        {
            var layout = await _templateRepository.GetByIdAsync(request.LayoutId);
            if (layout is not { IsLayout: true })
            {
                var message = $"The layout {request.LayoutId} does not exist or is not a layout.";
                result.Errors.Add(new TemplateErrorModel { LanguageId = request.LanguageId, Field = nameof(TemplateModel.LayoutId), Message = message, Text = message });
                return (null, storeId, languageId);
            }

            layoutHtml = await _localizationService.GetLocalizedAsync(layout, t => t.BodyHtml, renderLanguage);
        }

        return (new TemplateSource(Fallback(request.Subject, request.DefaultSubject), Fallback(request.Preheader, request.DefaultPreheader), body, layoutHtml),
            storeId, languageId);
    }

    private static TemplateErrorModel Error(TemplatePreviewRequest request, TemplateError error)
    {
        var field = error.Field switch
        {
            TemplateFields.Layout => request.IsLayout ? nameof(TemplateModel.BodyHtml) : nameof(TemplateModel.LayoutId),
            _ => error.Field
        };
        var fellBack = field switch
        {
            TemplateFields.Subject => string.IsNullOrEmpty(request.Subject),
            TemplateFields.Preheader => string.IsNullOrEmpty(request.Preheader),
            nameof(TemplateModel.BodyHtml) => string.IsNullOrEmpty(request.BodyHtml),
            _ => true
        };
        return new TemplateErrorModel
        {
            // An empty translated field shows the default text, so its errors belong to the default field.
            LanguageId = fellBack ? 0 : request.LanguageId,
            Field = field,
            Line = error.Line,
            Column = error.Column,
            Message = error.Message,
            Text = (field == nameof(TemplateModel.LayoutId) && !request.IsLayout ? "The layout: " : string.Empty) + TemplateEditorModelFactory.ErrorText(error)
        };
    }

    private static string Fallback(string value, string fallback) => string.IsNullOrEmpty(value) ? fallback : value;
}
