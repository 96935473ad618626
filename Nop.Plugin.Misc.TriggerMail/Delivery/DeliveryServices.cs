using Microsoft.Extensions.DependencyInjection;

namespace Nop.Plugin.Misc.TriggerMail.Delivery;

/// <summary>Delivery: composing a message and sending it through the store's email account.</summary>
public static class DeliveryServices
{
    public static IServiceCollection AddTriggerMailDelivery(this IServiceCollection services)
    {
        services.AddScoped<UnsubscribeLinks>();
        services.AddScoped<EmailAccountResolver>();
        services.AddScoped<MessageTransitions>();
        services.AddScoped<MessageComposer>();
        services.AddScoped<DeliveryClaims>();
        services.AddScoped<MessageSender>();
        services.AddScoped<MessageDispatcher>();

        return services;
    }
}
