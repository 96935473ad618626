using Microsoft.Extensions.DependencyInjection;

namespace Nop.Plugin.Misc.TriggerMail.Compliance;

/// <summary>Compliance: consent, the suppression list, unsubscribing and erasing a customer's data.</summary>
public static class ComplianceServices
{
    public static IServiceCollection AddTriggerMailCompliance(this IServiceCollection services)
    {
        services.AddScoped<SuppressionList>();
        services.AddScoped<MarketingConsent>();
        services.AddScoped<ComplianceGate>();
        services.AddScoped<UnsubscribeService>();
        services.AddScoped<ActivityDataEraser>();
        services.AddScoped<PersonalDataEraser>();

        return services;
    }
}
