using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;

namespace Nop.Plugin.Misc.TriggerMail.Segments;

/// <summary>Segments: rule evaluation, membership and RFM scoring.</summary>
public static class SegmentsServices
{
    public static IServiceCollection AddTriggerMailSegments(this IServiceCollection services)
    {
        services.AddScoped<SegmentTables>();
        services.AddScoped<SegmentService>();
        services.AddScoped<ISegmentMembership, SegmentMembership>();
        services.AddScoped<RfmScorer>();
        services.AddScoped<SegmentUsage>();

        return services;
    }
}
