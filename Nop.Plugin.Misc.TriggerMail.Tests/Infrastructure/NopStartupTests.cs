using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Infrastructure;
using Nop.Plugin.Misc.TriggerMail.Infrastructure.Installation;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Scans;
using Nop.Services.Events;
using Nop.Services.ScheduleTasks;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Infrastructure;

[TestFixture]
public class NopStartupTests
{
    private const string PluginNamespace = "Nop.Plugin.Misc.TriggerMail.";

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
    public void No_service_is_registered_twice()
    {
        var repeated = StartupServices().Select(Describe).GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.That(repeated, Is.Empty);
    }

    [Test]
    public async Task Every_controller_consumer_and_task_of_the_plugin_gets_its_plugin_dependencies_in_a_store()
    {
        await using var store = await StoreHarness.StartAsync();
        using var scope = store.CreateScope();
        var plugin = typeof(TriggerMailPlugin).Assembly;
        var entryPoints = plugin.GetTypes().Where(t => !t.IsAbstract && (typeof(ControllerBase).IsAssignableFrom(t) || typeof(IScheduleTask).IsAssignableFrom(t)
            || t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))));

        var missing = entryPoints.SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters()))
            .Where(p => p.ParameterType.Assembly == plugin && scope.ServiceProvider.GetService(p.ParameterType) is null)
            .Select(p => $"{p.Member.DeclaringType!.Name}({p.ParameterType.Name} {p.Name})");

        Assert.That(entryPoints.Count(), Is.GreaterThan(10));
        Assert.That(missing, Is.Empty);
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
