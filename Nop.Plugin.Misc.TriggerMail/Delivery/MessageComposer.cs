using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Templates;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using Nop.Plugin.Misc.TriggerMail.Tracking;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Delivery;

/// <summary>
/// Turns a message row into the email that leaves: the model in the customer's language, the template in that
/// language, the post-processors (tracking), and the headers — the support message id on every email,
/// List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on marketing email only.
/// The unsubscribe link in the body is marked so that tracking leaves it as it is. The model comes from the message's
/// own row (its order or shipment); whether it is tracked is decided here, on its first attempt, and kept on the message.
/// </summary>
public class MessageComposer
{
    private readonly IRepository<Store> _storeRepository;
    private readonly MessageTracking _tracking;
    private readonly TemplateModelFactory _modelFactory;
    private readonly TemplateSourceLoader _sourceLoader;
    private readonly TemplateEngine _engine;
    private readonly UnsubscribeLinks _unsubscribeLinks;
    private readonly IEnumerable<IHtmlPostProcessor> _postProcessors;

    public MessageComposer(IRepository<Store> storeRepository, MessageTracking tracking, TemplateModelFactory modelFactory,
        TemplateSourceLoader sourceLoader, TemplateEngine engine, UnsubscribeLinks unsubscribeLinks, IEnumerable<IHtmlPostProcessor> postProcessors)
    {
        _storeRepository = storeRepository;
        _tracking = tracking;
        _modelFactory = modelFactory;
        _sourceLoader = sourceLoader;
        _engine = engine;
        _unsubscribeLinks = unsubscribeLinks;
        _postProcessors = postProcessors;
    }

    /// <summary>Throws when the template is missing or fails: the caller marks only this message failed.</summary>
    public async Task<ComposedEmail> ComposeAsync(Message message, EmailAccount account)
    {
        var storeUrl = TemplateModelFactory.StoreUrl(await _storeRepository.GetByIdAsync(message.StoreId));
        var isMarketing = !message.IsTransactional;
        var unsubscribeUrl = isMarketing ? _unsubscribeLinks.Url(storeUrl, message.MessageGuid) : null;

        // A retry keeps the first attempt's decision, so it rewrites the same links the first one stored.
        if (message.Attempts <= 1)
            message.IsTracked = await _tracking.IsTrackedAsync(message);

        var request = new TemplateModelRequest(message.CustomerId, message.StoreId, OrderId: message.OrderId, ShipmentId: message.ShipmentId,
            IncludeCart: true, UnsubscribeUrl: unsubscribeUrl);
        var (model, language) = await _modelFactory.CreateAsync(request);
        var source = await _sourceLoader.LoadAsync(message.TemplateId, language.LanguageId);
        var rendered = _engine.Compile(source).Render(model);

        var context = new PostProcessContext(message.MessageGuid, message.Id, message.ScenarioId, message.StepKey, message.VariantKey,
            message.IsTransactional, storeUrl, message.StoreId, message.IsTracked);
        var html = NoTrackMarker.MarkLinksTo(rendered.HtmlBody, unsubscribeUrl);
        foreach (var processor in _postProcessors)
            html = await processor.ProcessAsync(html, context);

        var headers = new Dictionary<string, string> { [TriggerMailDefaults.MessageIdHeader] = message.MessageGuid.ToString("D") };
        if (isMarketing)
        {
            headers["List-Unsubscribe"] = $"<{unsubscribeUrl}>, <{_unsubscribeLinks.Mailto(account.Email, message.MessageGuid)}>";
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
        }

        return new ComposedEmail(rendered.Subject, html, model.Customer.FullName, headers);
    }
}
