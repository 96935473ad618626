using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;

namespace Nop.Plugin.Misc.TriggerMail.Chains;

/// <summary>Chains: scenarios and their lifecycle, enrollment and the runner. The chain runner is a singleton: its step handlers hold no state.</summary>
public static class ChainsServices
{
    public static IServiceCollection AddTriggerMailChains(this IServiceCollection services)
    {
        services.AddSingleton(_ => ChainRunner.CreateDefault());
        services.AddScoped<IChainStore, RepositoryChainStore>();
        services.AddScoped<ICustomerFacts, RepositoryCustomerFacts>();
        services.AddScoped<IBatchCustomerFacts, RepositoryCustomerFacts>();
        services.AddScoped<ScenarioDefinitionLoader>();
        services.AddScoped<EnrollmentTransitions>();
        services.AddScoped<StepContextFactory>();
        services.AddScoped<EnrollmentProcessor>();
        services.AddScoped<DueEnrollmentRunner>();
        services.AddScoped<ScenarioEnroller>();
        services.AddScoped<InboxDrainer>();
        services.AddScoped<ScenarioPresets>();
        services.AddScoped<ScenarioActivation>();
        services.AddScoped<ScenarioGraphWriter>();
        services.AddScoped<ScenarioLifecycle>();
        services.AddScoped<ScenarioEditor>();

        return services;
    }
}
