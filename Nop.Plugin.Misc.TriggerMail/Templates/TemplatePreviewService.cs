using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Delivery;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>
/// Renders a template as a chosen customer (with their order and cart) would get it, or with sample data when
/// no customer is chosen; and sends such a rendering to an address the admin types. Test sends carry no
/// unsubscribe headers and are not messages: they are neither tracked nor counted.
/// </summary>
public class TemplatePreviewService
{
    public const string TestSubjectPrefix = "[Test] ";

    private readonly TemplateModelFactory _modelFactory;
    private readonly TemplateSourceLoader _sourceLoader;
    private readonly TemplateEngine _engine;
    private readonly IRepository<Store> _storeRepository;
    private readonly EmailAccountResolver _accountResolver;
    private readonly IEmailSender _emailSender;

    public TemplatePreviewService(TemplateModelFactory modelFactory, TemplateSourceLoader sourceLoader, TemplateEngine engine,
        IRepository<Store> storeRepository, EmailAccountResolver accountResolver, IEmailSender emailSender)
    {
        _modelFactory = modelFactory;
        _sourceLoader = sourceLoader;
        _engine = engine;
        _storeRepository = storeRepository;
        _accountResolver = accountResolver;
        _emailSender = emailSender;
    }

    /// <summary>Throws <see cref="TemplateCompileException"/> or <see cref="TemplateNotFoundException"/> with the reason.</summary>
    public async Task<RenderedEmail> PreviewAsync(int templateId, int storeId, int? languageId = null, int? customerId = null, int? orderId = null)
    {
        var (model, language) = await CreateModelAsync(storeId, languageId, customerId, orderId);
        return _engine.Compile(await _sourceLoader.LoadAsync(templateId, language)).Render(model);
    }

    /// <summary>
    /// Renders texts that are not saved yet (the admin's editor as they type), with the same data as
    /// <see cref="PreviewAsync"/>; throws <see cref="TemplateCompileException"/> with every error's position.
    /// </summary>
    public async Task<RenderedEmail> PreviewSourceAsync(TemplateSource source, int storeId, int? languageId = null, int? customerId = null, int? orderId = null)
    {
        var (model, _) = await CreateModelAsync(storeId, languageId, customerId, orderId);
        return _engine.Compile(source).Render(model);
    }

    public async Task SendTestAsync(string toAddress, int templateId, int storeId, int? languageId = null, int? customerId = null, int? orderId = null)
    {
        var address = CheckAddress(toAddress);
        var account = await AccountAsync();
        await SendAsync(account, address, await PreviewAsync(templateId, storeId, languageId, customerId, orderId));
    }

    /// <summary>A test send of what the editor shows, saved or not.</summary>
    public async Task SendTestSourceAsync(string toAddress, TemplateSource source, int storeId, int? languageId = null, int? customerId = null, int? orderId = null)
    {
        var address = CheckAddress(toAddress);
        var account = await AccountAsync();
        await SendAsync(account, address, await PreviewSourceAsync(source, storeId, languageId, customerId, orderId));
    }

    private async Task<(Nop.Plugin.Misc.TriggerMail.Templates.Core.Model.EmailModel Model, int LanguageId)> CreateModelAsync(int storeId, int? languageId, int? customerId, int? orderId)
    {
        if (customerId is { } id && id > 0)
        {
            var (model, language) = await _modelFactory.CreateAsync(new TemplateModelRequest(id, storeId, orderId, ShipmentId: null, IncludeCart: true,
                TemplateModelFactory.StoreUrl(await _storeRepository.GetByIdAsync(storeId)) + TriggerMailDefaults.Routes.UnsubscribePath + "/preview",
                languageId));
            return (model, language.LanguageId);
        }

        var store = await _storeRepository.GetByIdAsync(storeId);
        return (SampleEmailModel.Create(TemplateModelFactory.StoreUrl(store)), languageId ?? store?.DefaultLanguageId ?? 0);
    }

    private static string CheckAddress(string toAddress)
    {
        if (string.IsNullOrWhiteSpace(toAddress) || !System.Net.Mail.MailAddress.TryCreate(toAddress.Trim(), out _))
            throw new ArgumentException($"'{toAddress}' is not an email address.", nameof(toAddress));
        return toAddress.Trim();
    }

    private async Task<Nop.Core.Domain.Messages.EmailAccount> AccountAsync() =>
        await _accountResolver.ResolveAsync() ?? throw new InvalidOperationException("The store has no email account to send from.");

    private async Task SendAsync(Nop.Core.Domain.Messages.EmailAccount account, string toAddress, RenderedEmail rendered)
    {
        await _emailSender.SendEmailAsync(account, TestSubjectPrefix + rendered.Subject, rendered.HtmlBody, account.Email, account.DisplayName,
            toAddress, null);
    }
}
