using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests;

namespace Nop.Plugin.Misc.TriggerMail.Statistics;

/// <summary>Statistics: the daily rollup, the readers of the report pages, and A/B test evaluation.</summary>
public static class StatisticsServices
{
    public static IServiceCollection AddTriggerMailStatistics(this IServiceCollection services)
    {
        services.AddScoped<DailyStatRollup>();
        services.AddScoped<StatisticsRollupService>();
        services.AddScoped<StatisticsReader>();
        services.AddScoped<DailySeriesReader>();
        services.AddScoped<StepFunnelReader>();
        services.AddScoped<StepFiguresReader>();
        services.AddScoped<AbTestEvaluator>();
        services.AddScoped<AbTestPromoter>();

        return services;
    }
}
