using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.TriggerMail.Services;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure;

/// <summary>
/// Registers the plugin's services. Consumers, settings and scheduled tasks are found by nopCommerce itself.
/// </summary>
public class NopStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<PluginActivity>();
        services.AddScoped<TriggerInbox>();
        DeliveryServices.Register(services);
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3000;
}
