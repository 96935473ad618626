using Microsoft.Extensions.DependencyInjection;

namespace Nop.Plugin.Misc.TriggerMail.Attribution;

/// <summary>Attribution: crediting the store's orders to the emails that led to them.</summary>
public static class AttributionServices
{
    public static IServiceCollection AddTriggerMailAttribution(this IServiceCollection services)
    {
        services.AddScoped<OrderAttributionService>();

        return services;
    }
}
