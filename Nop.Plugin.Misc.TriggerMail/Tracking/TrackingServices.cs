using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tracking;

/// <summary>Tracking: links and the open pixel in sent mail, and recording opens and clicks. The event buffer, link cache and classifier are singletons shared by all requests; a hosted service flushes the buffer.</summary>
public static class TrackingServices
{
    public static IServiceCollection AddTriggerMailTracking(this IServiceCollection services)
    {
        services.AddSingleton<MachineTrafficClassifier>();
        services.AddScoped<MessageTracking>();
        services.AddScoped<IHtmlPostProcessor, TrackingPostProcessor>();
        services.AddScoped<TrackingRecorder>();
        services.AddSingleton<TrackingLinkCache>();
        services.AddSingleton(_ => new TrackingEventBuffer());
        services.AddSingleton<TrackingEventFlusher>();
        services.AddScoped<TrackingEventWriter>();
        services.AddScoped<TrackingEventSink>();
        services.AddScoped<TrackedMessageLookup>();
        services.AddHostedService<TrackingFlushService>();

        return services;
    }
}
