using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Nop.Plugin.Misc.TriggerMail.Common;

/// <summary>The pieces every feature shares. The host's clock is used unless one is registered already (a test's).</summary>
public static class CommonServices
{
    public static IServiceCollection AddTriggerMailCommon(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<PluginActivity>();
        services.AddScoped<StoreSettings>();
        services.AddScoped<TokenSigner>();
        services.AddScoped<ScanCursorStore>();
        services.AddScoped<WatermarkStore>();
        services.AddScoped<StatusMoveLog>();

        return services;
    }
}
