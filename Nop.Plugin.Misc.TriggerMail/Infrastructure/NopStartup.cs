using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.TriggerMail.Engine;
using Nop.Plugin.Misc.TriggerMail.Services;
using Nop.Plugin.Misc.TriggerMail.Services.Chains;

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
        services.AddSingleton(_ => ChainRunner.CreateDefault());
        services.AddScoped<IChainStore, RepositoryChainStore>();
        services.AddScoped<ICustomerFacts, RepositoryCustomerFacts>();
        services.AddScoped<IBatchCustomerFacts, RepositoryCustomerFacts>();
        services.TryAddScoped<ISegmentMembership, DefaultSegmentMembership>();
        services.AddScoped<ScenarioDefinitionLoader>();
        services.AddScoped<EnrollmentTransitions>();
        services.AddScoped<StepContextFactory>();
        services.AddScoped<EnrollmentProcessor>();
        services.AddScoped<DueEnrollmentRunner>();
        services.AddScoped<ScenarioEnroller>();
        services.AddScoped<InboxDrainer>();
        services.AddScoped<ScenarioPresets>();
        services.AddScoped<ScenarioActivation>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3000;
}
