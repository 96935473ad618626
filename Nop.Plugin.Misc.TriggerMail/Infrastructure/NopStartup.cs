using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.TriggerMail.Admin;
using Nop.Plugin.Misc.TriggerMail.Attribution;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Compliance;
using Nop.Plugin.Misc.TriggerMail.Delivery;
using Nop.Plugin.Misc.TriggerMail.Infrastructure.Installation;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Templates;
using Nop.Plugin.Misc.TriggerMail.Tracking;
using Nop.Plugin.Misc.TriggerMail.Triggers;

namespace Nop.Plugin.Misc.TriggerMail.Infrastructure;

/// <summary>
/// Registers the plugin's services, one registration per feature (each in its feature's folder). Consumers,
/// settings and scheduled tasks are found by nopCommerce itself.
/// </summary>
public class NopStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddTriggerMailCommon()
            .AddTriggerMailTriggers()
            .AddTriggerMailChains()
            .AddTriggerMailTemplates()
            .AddTriggerMailDelivery()
            .AddTriggerMailTracking()
            .AddTriggerMailAttribution()
            .AddTriggerMailSegments()
            .AddTriggerMailStatistics()
            .AddTriggerMailCompliance()
            .AddTriggerMailAdmin();
        services.AddScoped<TriggerMailInstaller>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3000;
}
