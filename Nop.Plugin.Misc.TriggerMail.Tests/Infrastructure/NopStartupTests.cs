using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Plugin.Misc.TriggerMail.Infrastructure.Installation;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Scans;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Infrastructure;

[TestFixture]
public class NopStartupTests
{
    private const string PluginNamespace = "Nop.Plugin.Misc.TriggerMail.";

    /// <summary>
    /// What the single unordered ConfigureServices registered before the registrations were grouped by feature
    /// (lifetime, service type, implementation; plugin namespace left out; "factory" for a factory registration).
    /// </summary>
    private static readonly string[] RegisteredBeforeGroupingByFeature =
    [
        "Scoped Admin.Factories.AbTestModelFactory <- Admin.Factories.AbTestModelFactory",
        "Scoped Admin.Factories.ChainGraphFactory <- Admin.Factories.ChainGraphFactory",
        "Scoped Admin.Factories.ConfigurationModelFactory <- Admin.Factories.ConfigurationModelFactory",
        "Scoped Admin.Factories.CustomerMessageModelFactory <- Admin.Factories.CustomerMessageModelFactory",
        "Scoped Admin.Factories.ScenarioModelFactory <- Admin.Factories.ScenarioModelFactory",
        "Scoped Admin.Factories.SegmentModelFactory <- Admin.Factories.SegmentModelFactory",
        "Scoped Admin.Factories.SegmentPickLists <- Admin.Factories.SegmentPickLists",
        "Scoped Admin.Factories.StatisticsKpiModelBuilder <- Admin.Factories.StatisticsKpiModelBuilder",
        "Scoped Admin.Factories.StatisticsModelFactory <- Admin.Factories.StatisticsModelFactory",
        "Scoped Admin.Factories.SuppressionModelFactory <- Admin.Factories.SuppressionModelFactory",
        "Scoped Admin.Factories.TemplateEditorModelFactory <- Admin.Factories.TemplateEditorModelFactory",
        "Scoped Admin.Factories.TemplatePreviewModelFactory <- Admin.Factories.TemplatePreviewModelFactory",
        "Scoped Attribution.OrderAttributionService <- Attribution.OrderAttributionService",
        "Scoped Chains.Core.ICustomerFacts <- Chains.RepositoryCustomerFacts",
        "Scoped Chains.Core.ISegmentMembership <- Segments.SegmentMembership",
        "Scoped Chains.DueEnrollmentRunner <- Chains.DueEnrollmentRunner",
        "Scoped Chains.EnrollmentProcessor <- Chains.EnrollmentProcessor",
        "Scoped Chains.EnrollmentTransitions <- Chains.EnrollmentTransitions",
        "Scoped Chains.IBatchCustomerFacts <- Chains.RepositoryCustomerFacts",
        "Scoped Chains.IChainStore <- Chains.RepositoryChainStore",
        "Scoped Chains.InboxDrainer <- Chains.InboxDrainer",
        "Scoped Chains.Presets.ScenarioPresets <- Chains.Presets.ScenarioPresets",
        "Scoped Chains.ScenarioActivation <- Chains.ScenarioActivation",
        "Scoped Chains.ScenarioDefinitionLoader <- Chains.ScenarioDefinitionLoader",
        "Scoped Chains.ScenarioEnroller <- Chains.ScenarioEnroller",
        "Scoped Chains.ScenarioGraphWriter <- Chains.ScenarioGraphWriter",
        "Scoped Chains.ScenarioLifecycle <- Chains.ScenarioLifecycle",
        "Scoped Chains.StepContextFactory <- Chains.StepContextFactory",
        "Scoped Common.PluginActivity <- Common.PluginActivity",
        "Scoped Common.ScanCursorStore <- Common.ScanCursorStore",
        "Scoped Common.StoreSettings <- Common.StoreSettings",
        "Scoped Common.TokenSigner <- Common.TokenSigner",
        "Scoped Common.WatermarkStore <- Common.WatermarkStore",
        "Scoped Compliance.ActivityDataEraser <- Compliance.ActivityDataEraser",
        "Scoped Compliance.ComplianceGate <- Compliance.ComplianceGate",
        "Scoped Compliance.MarketingConsent <- Compliance.MarketingConsent",
        "Scoped Compliance.PersonalDataEraser <- Compliance.PersonalDataEraser",
        "Scoped Compliance.SuppressionList <- Compliance.SuppressionList",
        "Scoped Compliance.UnsubscribeService <- Compliance.UnsubscribeService",
        "Scoped Delivery.DeliveryClaims <- Delivery.DeliveryClaims",
        "Scoped Delivery.EmailAccountResolver <- Delivery.EmailAccountResolver",
        "Scoped Delivery.MessageComposer <- Delivery.MessageComposer",
        "Scoped Delivery.MessageDispatcher <- Delivery.MessageDispatcher",
        "Scoped Delivery.MessageSender <- Delivery.MessageSender",
        "Scoped Delivery.MessageSubjectResolver <- Delivery.MessageSubjectResolver",
        "Scoped Delivery.UnsubscribeLinks <- Delivery.UnsubscribeLinks",
        "Scoped Segments.RfmScorer <- Segments.RfmScorer",
        "Scoped Segments.SegmentService <- Segments.SegmentService",
        "Scoped Segments.SegmentTables <- Segments.SegmentTables",
        "Scoped Segments.SegmentUsage <- Segments.SegmentUsage",
        "Scoped Statistics.AbTests.AbTestEvaluator <- Statistics.AbTests.AbTestEvaluator",
        "Scoped Statistics.AbTests.AbTestPromoter <- Statistics.AbTests.AbTestPromoter",
        "Scoped Statistics.DailySeriesReader <- Statistics.DailySeriesReader",
        "Scoped Statistics.DailyStatRollup <- Statistics.DailyStatRollup",
        "Scoped Statistics.StatisticsReader <- Statistics.StatisticsReader",
        "Scoped Statistics.StatisticsRollupService <- Statistics.StatisticsRollupService",
        "Scoped Statistics.StepFiguresReader <- Statistics.StepFiguresReader",
        "Scoped Statistics.StepFunnelReader <- Statistics.StepFunnelReader",
        "Scoped Templates.CartDataFactory <- Templates.CartDataFactory",
        "Scoped Templates.Core.IHtmlPostProcessor <- Tracking.TrackingPostProcessor",
        "Scoped Templates.EmailTemplateService <- Templates.EmailTemplateService",
        "Scoped Templates.LanguageResolver <- Templates.LanguageResolver",
        "Scoped Templates.LocalizedTemplateSaver <- Templates.LocalizedTemplateSaver",
        "Scoped Templates.OrderDataFactory <- Templates.OrderDataFactory",
        "Scoped Templates.PreviewCustomerLookup <- Templates.PreviewCustomerLookup",
        "Scoped Templates.ProductDataFactory <- Templates.ProductDataFactory",
        "Scoped Templates.TemplateModelFactory <- Templates.TemplateModelFactory",
        "Scoped Templates.TemplateModelParts <- Templates.TemplateModelParts",
        "Scoped Templates.TemplatePreviewService <- Templates.TemplatePreviewService",
        "Scoped Templates.TemplateSourceLoader <- Templates.TemplateSourceLoader",
        "Scoped Templates.TemplateUsage <- Templates.TemplateUsage",
        "Scoped Tracking.MessageTracking <- Tracking.MessageTracking",
        "Scoped Tracking.TrackedMessageLookup <- Tracking.TrackedMessageLookup",
        "Scoped Tracking.TrackingEventSink <- Tracking.TrackingEventSink",
        "Scoped Tracking.TrackingEventWriter <- Tracking.TrackingEventWriter",
        "Scoped Tracking.TrackingRecorder <- Tracking.TrackingRecorder",
        "Scoped Triggers.ActiveScenarios <- Triggers.ActiveScenarios",
        "Scoped Triggers.CustomerTimeZones <- Triggers.CustomerTimeZones",
        "Scoped Triggers.Scans.AbandonedCartReader <- Triggers.Scans.AbandonedCartReader",
        "Scoped Triggers.Scans.AfterOrderTriggerWriter <- Triggers.Scans.AfterOrderTriggerWriter",
        "Scoped Triggers.Scans.DateScanner <- Triggers.Scans.DateScanner",
        "Scoped Triggers.Scans.ITimeTriggerScanner <- Triggers.Scans.AbandonedCartScanner",
        "Scoped Triggers.Scans.ITimeTriggerScanner <- Triggers.Scans.AfterOrderDeliveredScanner",
        "Scoped Triggers.Scans.ITimeTriggerScanner <- Triggers.Scans.AfterOrderPlacedScanner",
        "Scoped Triggers.Scans.ITimeTriggerScanner <- Triggers.Scans.BirthdayScanner",
        "Scoped Triggers.Scans.ITimeTriggerScanner <- Triggers.Scans.CalendarDateScanner",
        "Scoped Triggers.Scans.ITimeTriggerScanner <- Triggers.Scans.FirstOrderAnniversaryScanner",
        "Scoped Triggers.Scans.ITimeTriggerScanner <- Triggers.Scans.InactivityScanner",
        "Scoped Triggers.Scans.ITimeTriggerScanner <- Triggers.Scans.RegistrationAnniversaryScanner",
        "Scoped Triggers.Scans.ScanProblems <- Triggers.Scans.ScanProblems",
        "Scoped Triggers.Scans.WindowScanner <- Triggers.Scans.WindowScanner",
        "Scoped Triggers.ScenarioTriggerSettings <- Triggers.ScenarioTriggerSettings",
        "Scoped Triggers.TriggerInbox <- Triggers.TriggerInbox",
        "Singleton Microsoft.Extensions.Hosting.IHostedService <- Tracking.TrackingFlushService",
        "Singleton Chains.Core.ChainRunner <- factory",
        "Singleton Templates.Core.TemplateEngine <- Templates.Core.TemplateEngine",
        "Singleton Tracking.Core.MachineTrafficClassifier <- Tracking.Core.MachineTrafficClassifier",
        "Singleton Tracking.TrackingEventBuffer <- factory",
        "Singleton Tracking.TrackingEventFlusher <- Tracking.TrackingEventFlusher",
        "Singleton Tracking.TrackingLinkCache <- Tracking.TrackingLinkCache",
        "Singleton System.TimeProvider <- System.TimeProvider+SystemTimeProvider"
    ];

    private static IServiceCollection StartupServices()
    {
        var services = new ServiceCollection();
        new NopStartup().ConfigureServices(services, new ConfigurationBuilder().Build());
        return services;
    }

    private static string Describe(ServiceDescriptor descriptor)
    {
        var implementation = descriptor.ImplementationType?.FullName
            ?? (descriptor.ImplementationFactory is not null ? "factory" : descriptor.ImplementationInstance?.GetType().FullName);
        return $"{descriptor.Lifetime} {descriptor.ServiceType.FullName} <- {implementation}".Replace(PluginNamespace, string.Empty);
    }

    [Test]
    public void Startup_registers_everything_it_registered_before_and_the_installer()
    {
        var registered = StartupServices().Select(Describe);

        Assert.That(registered, Is.EquivalentTo(RegisteredBeforeGroupingByFeature.Append("Scoped Infrastructure.Installation.TriggerMailInstaller <- Infrastructure.Installation.TriggerMailInstaller")));
    }

    [Test]
    public void Time_trigger_scanners_keep_their_order()
    {
        var scanners = StartupServices().Where(d => d.ServiceType == typeof(ITimeTriggerScanner)).Select(d => d.ImplementationType);

        Assert.That(scanners, Is.EqualTo(new[]
        {
            typeof(AbandonedCartScanner), typeof(InactivityScanner), typeof(BirthdayScanner), typeof(RegistrationAnniversaryScanner),
            typeof(FirstOrderAnniversaryScanner), typeof(CalendarDateScanner), typeof(AfterOrderPlacedScanner), typeof(AfterOrderDeliveredScanner)
        }));
    }

    [Test]
    public async Task Every_service_the_startup_registers_resolves_in_a_store()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();

        var unresolved = StartupServices().Select(d => d.ServiceType).Distinct()
            .Where(type => !scope.ServiceProvider.GetServices(type).Any())
            .Select(type => type.FullName);

        Assert.That(unresolved, Is.Empty);
        Assert.That(scope.ServiceProvider.GetRequiredService<TriggerMailInstaller>(), Is.Not.Null);
    }
}
