using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Compliance;
using Nop.Plugin.Misc.TriggerMail.Delivery;
using Nop.Plugin.Misc.TriggerMail.Templates;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure;

/// <summary>
/// Registrations for templates, delivery and compliance. The template engine is a singleton: it holds the
/// cache of compiled templates. Tracking adds its <see cref="IHtmlPostProcessor"/>s next to these.
/// </summary>
public static class DeliveryServices
{
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<TemplateEngine>();
        services.AddScoped<TokenSigner>();
        services.AddScoped<UnsubscribeLinks>();
        services.AddScoped<LanguageResolver>();
        services.AddScoped<ProductDataFactory>();
        services.AddScoped<OrderDataFactory>();
        services.AddScoped<CartDataFactory>();
        services.AddScoped<TemplateModelParts>();
        services.AddScoped<TemplateModelFactory>();
        services.AddScoped<TemplateSourceLoader>();
        services.AddScoped<EmailTemplateService>();
        services.AddScoped<TemplatePreviewService>();
        services.AddScoped<SuppressionList>();
        services.AddScoped<MarketingConsent>();
        services.AddScoped<ComplianceGate>();
        services.AddScoped<UnsubscribeService>();
        services.AddScoped<ActivityDataEraser>();
        services.AddScoped<PersonalDataEraser>();
        services.AddScoped<EmailAccountResolver>();
        services.AddScoped<MessageComposer>();
        services.AddScoped<MessageTransitions>();
        services.AddScoped<DeliveryClaims>();
        services.AddScoped<MessageSender>();
        services.AddScoped<MessageDispatcher>();
    }
}
