using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.TriggerMail.Attribution;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Chains.Presets;
using Nop.Plugin.Misc.TriggerMail.Common;
using Nop.Plugin.Misc.TriggerMail.Segments;
using Nop.Plugin.Misc.TriggerMail.Statistics;
using Nop.Plugin.Misc.TriggerMail.Statistics.AbTests;
using Nop.Plugin.Misc.TriggerMail.Templates;
using Nop.Plugin.Misc.TriggerMail.Templates.Core;
using Nop.Plugin.Misc.TriggerMail.Tracking;
using Nop.Plugin.Misc.TriggerMail.Tracking.Core;
using Nop.Plugin.Misc.TriggerMail.Triggers;
using Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

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
        services.AddScoped<Admin.Factories.ConfigurationModelFactory>();
        services.AddScoped<ScanProblems>();
        services.AddScoped<ScanCursorStore>();
        services.AddScoped<CustomerTimeZones>();
        services.AddScoped<ActiveScenarios>();
        services.AddScoped<DateScanner>();
        services.AddScoped<WindowScanner>();
        services.AddScoped<ScenarioTriggerSettings>();
        services.AddScoped<AfterOrderTriggerWriter>();
        services.AddScoped<AbandonedCartReader>();
        services.AddScoped<GuestCartMerges>();
        services.AddScoped<ITimeTriggerScanner, AbandonedCartScanner>();
        services.AddScoped<ITimeTriggerScanner, InactivityScanner>();
        services.AddScoped<ITimeTriggerScanner, BirthdayScanner>();
        services.AddScoped<ITimeTriggerScanner, RegistrationAnniversaryScanner>();
        services.AddScoped<ITimeTriggerScanner, FirstOrderAnniversaryScanner>();
        services.AddScoped<ITimeTriggerScanner, CalendarDateScanner>();
        services.AddScoped<ITimeTriggerScanner, AfterOrderPlacedScanner>();
        services.AddScoped<ITimeTriggerScanner, AfterOrderDeliveredScanner>();
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
        services.AddScoped<WatermarkStore>();
        services.AddScoped<OrderAttributionService>();
        services.AddScoped<DailyStatRollup>();
        services.AddScoped<StatisticsRollupService>();
        services.AddScoped<StatisticsReader>();
        services.AddScoped<SegmentTables>();
        services.AddScoped<SegmentService>();
        services.AddScoped<RfmScorer>();
        services.AddScoped<SegmentUsage>();
        services.AddScoped<Admin.Factories.SegmentPickLists>();
        services.AddScoped<Admin.Factories.SegmentModelFactory>();
        DeliveryServices.Register(services);
        services.AddSingleton(_ => ChainRunner.CreateDefault());
        services.AddScoped<IChainStore, RepositoryChainStore>();
        services.AddScoped<ICustomerFacts, RepositoryCustomerFacts>();
        services.AddScoped<IBatchCustomerFacts, RepositoryCustomerFacts>();
        services.AddScoped<ISegmentMembership, SegmentMembership>();
        services.AddScoped<ScenarioDefinitionLoader>();
        services.AddScoped<EnrollmentTransitions>();
        services.AddScoped<StepContextFactory>();
        services.AddScoped<EnrollmentProcessor>();
        services.AddScoped<DueEnrollmentRunner>();
        services.AddScoped<ScenarioEnroller>();
        services.AddScoped<InboxDrainer>();
        services.AddScoped<ScenarioPresets>();
        services.AddScoped<ScenarioActivation>();
        services.AddScoped<AbTestEvaluator>();
        services.AddScoped<AbTestPromoter>();
        services.AddScoped<ScenarioGraphWriter>();
        services.AddScoped<ScenarioLifecycle>();
        services.AddScoped<StepFiguresReader>();
        services.AddScoped<Admin.Factories.ScenarioModelFactory>();
        services.AddScoped<Admin.Factories.ChainGraphFactory>();
        services.AddScoped<StoreSettings>();
        services.AddScoped<StatusMoveLog>();
        services.AddScoped<Admin.Factories.CustomerMessageModelFactory>();
        services.AddScoped<Admin.Factories.SuppressionModelFactory>();
        services.AddScoped<TemplateUsage>();
        services.AddScoped<LocalizedTemplateSaver>();
        services.AddScoped<PreviewCustomerLookup>();
        services.AddScoped<Admin.Factories.TemplateEditorModelFactory>();
        services.AddScoped<Admin.Factories.TemplatePreviewModelFactory>();
        services.AddScoped<DailySeriesReader>();
        services.AddScoped<StepFunnelReader>();
        services.AddScoped<Admin.Factories.StatisticsKpiModelBuilder>();
        services.AddScoped<Admin.Factories.AbTestModelFactory>();
        services.AddScoped<Admin.Factories.StatisticsModelFactory>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3000;
}
