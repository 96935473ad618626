using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.TriggerMail.Triggers.Scans;

namespace Nop.Plugin.Misc.TriggerMail.Triggers;

/// <summary>Triggers: the inbox store events write to, and the scanners that find time-based triggers.</summary>
public static class TriggersServices
{
    public static IServiceCollection AddTriggerMailTriggers(this IServiceCollection services)
    {
        services.AddScoped<TriggerInbox>();
        services.AddScoped<ActiveScenarios>();
        services.AddScoped<CustomerTimeZones>();
        services.AddScoped<ScenarioTriggerSettings>();
        services.AddScoped<ScanProblems>();
        services.AddScoped<DateScanner>();
        services.AddScoped<WindowScanner>();
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

        return services;
    }
}
