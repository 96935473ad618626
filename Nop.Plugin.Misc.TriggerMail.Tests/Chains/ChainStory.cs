using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.TriggerMail.Chains;
using Nop.Plugin.Misc.TriggerMail.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Chains.Core;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Chains;

/// <summary>
/// Arranging chain stories on the harness: scenarios from the fluent builder, customers, inbox rows, task runs.
/// </summary>
public static class ChainStory
{
    public static async Task<Scenario> AddScenarioAsync(this StoreHarness store, ScenarioBuilder builder, int holdoutPercent = 0,
        ReEntryPolicy reEntry = ReEntryPolicy.OnceEver, int cooldownHours = 0)
    {
        var (scenario, steps) = builder.ToEntities(holdoutPercent: holdoutPercent, reEntry: reEntry, cooldownHours: cooldownHours);
        scenario.CreatedOnUtc = scenario.UpdatedOnUtc = store.Clock.UtcNow;
        await store.InsertAsync(scenario, publishEvent: false);
        foreach (var step in steps)
        {
            step.ScenarioId = scenario.Id;
            await store.InsertAsync(step, publishEvent: false);
        }

        return scenario;
    }

    public static Task<Customer> AddCustomerAsync(this StoreHarness store, string email, string timeZoneId = null) =>
        store.InsertAsync(new Customer
        {
            Email = email, Active = true, RegisteredInStoreId = 1, TimeZoneId = timeZoneId,
            CreatedOnUtc = store.Clock.UtcNow, LastActivityDateUtc = store.Clock.UtcNow
        }, publishEvent: false);

    public static async Task TriggerAsync(this StoreHarness store, TriggerKind kind, int customerId, string dedupeKey, int? entityId = null)
    {
        using var scope = store.CreateScope();
        await scope.ServiceProvider.GetRequiredService<TriggerInbox>()
            .WriteAsync(new TriggerRecord(kind, customerId, 1, store.Clock.UtcNow, entityId, dedupeKey));
    }

    public static Task RunChainsAsync(this StoreHarness store) => store.RunTaskAsync(TriggerMailDefaults.Tasks.Chains);

    /// <summary>The chain task wired to another store port, as a second server or a test decorator would have it.</summary>
    public static ChainTask ChainTaskOver(IServiceProvider services, IChainStore chainStore, ChainRunner chainRunner = null)
    {
        var transitions = ActivatorUtilities.CreateInstance<EnrollmentTransitions>(services, chainStore);
        var loader = ActivatorUtilities.CreateInstance<ScenarioDefinitionLoader>(services, chainStore);
        var processor = ActivatorUtilities.CreateInstance<EnrollmentProcessor>(services, chainStore, transitions, loader,
            chainRunner ?? services.GetRequiredService<ChainRunner>());
        var runner = ActivatorUtilities.CreateInstance<DueEnrollmentRunner>(services, chainStore, processor);
        var enroller = ActivatorUtilities.CreateInstance<ScenarioEnroller>(services, chainStore, loader);
        var drainer = ActivatorUtilities.CreateInstance<InboxDrainer>(services, chainStore, enroller);
        return ActivatorUtilities.CreateInstance<ChainTask>(services, drainer, runner);
    }

    public static List<string> SentSteps(this StoreHarness store, int enrollmentId) =>
        store.Query<Message>(q => q.Where(m => m.EnrollmentId == enrollmentId)).OrderBy(m => m.Id).Select(m => m.StepKey).ToList();
}
