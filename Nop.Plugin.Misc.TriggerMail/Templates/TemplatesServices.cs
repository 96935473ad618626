using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;

namespace Nop.Plugin.Misc.TriggerMail.Templates;

/// <summary>Templates: the engine, the model a letter is rendered with, and template editing. The engine is a singleton: it holds the cache of compiled templates.</summary>
public static class TemplatesServices
{
    public static IServiceCollection AddTriggerMailTemplates(this IServiceCollection services)
    {
        services.AddSingleton<TemplateEngine>();
        services.AddScoped<LanguageResolver>();
        services.AddScoped<ProductDataFactory>();
        services.AddScoped<OrderDataFactory>();
        services.AddScoped<CartDataFactory>();
        services.AddScoped<TemplateModelParts>();
        services.AddScoped<TemplateModelFactory>();
        services.AddScoped<TemplateSourceLoader>();
        services.AddScoped<EmailTemplateService>();
        services.AddScoped<TemplatePreviewService>();
        services.AddScoped<TemplateUsage>();
        services.AddScoped<LocalizedTemplateSaver>();
        services.AddScoped<PreviewCustomerLookup>();

        return services;
    }
}
