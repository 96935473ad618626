using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Admin.Factories;

namespace Nop.Plugin.Misc.TriggerMail.Admin;

/// <summary>The admin pages' model factories.</summary>
public static class AdminServices
{
    public static IServiceCollection AddTriggerMailAdmin(this IServiceCollection services)
    {
        services.AddScoped<ConfigurationModelFactory>();
        services.AddScoped<ScenarioModelFactory>();
        services.AddScoped<ChainGraphFactory>();
        services.AddScoped<ChainVocabularyFactory>();
        services.AddScoped<TemplateEditorModelFactory>();
        services.AddScoped<TemplatePreviewModelFactory>();
        services.AddScoped<SegmentPickLists>();
        services.AddScoped<SegmentModelFactory>();
        services.AddScoped<StatisticsKpiModelBuilder>();
        services.AddScoped<StatisticsModelFactory>();
        services.AddScoped<AbTestModelFactory>();
        services.AddScoped<CustomerMessageModelFactory>();
        services.AddScoped<SuppressionModelFactory>();

        return services;
    }
}
