using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.TriggerMail.Data.Migrations;
using Nop.Plugin.Misc.TriggerMail.Infrastructure.Locales;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Data;

[TestFixture]
public class RenamedTypesMigrationTests
{
    /// <summary>A store as 4.90.1 left it: task rows naming the old task classes, enum texts under the old keys only.</summary>
    private static async Task<StoreHarness> StoreInstalledByThePreviousVersionAsync()
    {
        var store = await StoreHarness.StartAsync();
        foreach (var task in store.Query<ScheduleTask>())
        {
            var definition = TriggerMailDefaults.Tasks.All.Single(d => d.Type == task.Type);
            task.Type = RenamedTypesMigration.PreviousTaskType(definition);
            await store.UpdateAsync(task, publishEvent: false);
        }

        await store.Locales.DeleteLocaleResourcesAsync(TriggerMailDefaults.EnumLocalePrefix);
        await store.Locales.AddOrUpdateLocaleResourceAsync(RenamedTypesMigration.PreviousEnumLocaleKeys().ToDictionary(key => key, key => "old text"));
        return store;
    }

    /// <summary>What nopCommerce does with a pending update migration after the new version is deployed.</summary>
    private static void RunUpgrade(StoreHarness store)
    {
        using var scope = store.CreateScope();
        var migration = ActivatorUtilities.CreateInstance<RenamedTypesMigration>(scope.ServiceProvider);
        MigrationRunner.Up(store.Connection, [migration]);
    }

    [Test]
    public void Renamed_types_migration_runs_only_on_update_and_after_the_schema_migration()
    {
        var attribute = typeof(RenamedTypesMigration).GetCustomAttribute<NopMigrationAttribute>();
        var schema = typeof(SchemaMigration).GetCustomAttribute<NopMigrationAttribute>();

        Assert.That(attribute.TargetMigrationProcess, Is.EqualTo(MigrationProcessType.Update));
        Assert.That(attribute.Version, Is.GreaterThan(schema.Version));
        Assert.That(attribute.Description, Does.StartWith("Misc.TriggerMail"));
    }

    [Test]
    public void Previous_task_types_are_the_old_services_tasks_namespace()
    {
        var previous = RenamedTypesMigration.PreviousTaskType(TriggerMailDefaults.Tasks.Chains);

        Assert.That(previous, Is.EqualTo("Nop.Plugin.Misc.TriggerMail.Services.Tasks.ChainTask"));
    }

    [Test]
    public async Task Upgrading_a_store_repoints_its_task_rows_to_the_moved_task_classes_and_keeps_the_admins_changes()
    {
        await using var store = await StoreInstalledByThePreviousVersionAsync();
        var delivery = store.Query<ScheduleTask>().Single(t => t.Type == RenamedTypesMigration.PreviousTaskType(TriggerMailDefaults.Tasks.Delivery));
        delivery.Seconds = 120;
        delivery.Enabled = false;
        await store.UpdateAsync(delivery, publishEvent: false);

        RunUpgrade(store);

        var tasks = store.Query<ScheduleTask>();
        Assert.That(tasks.Select(t => t.Type), Is.EquivalentTo(TriggerMailDefaults.Tasks.All.Select(d => d.Type)));
        var upgraded = tasks.Single(t => t.Id == delivery.Id);
        Assert.That(upgraded.Type, Is.EqualTo(TriggerMailDefaults.Tasks.Delivery.Type));
        Assert.That((upgraded.Seconds, upgraded.Enabled), Is.EqualTo((120, false)));
    }

    [Test]
    public async Task Upgrading_a_store_that_already_has_a_current_task_row_deletes_the_old_one()
    {
        await using var store = await StoreInstalledByThePreviousVersionAsync();
        await store.InsertAsync(new ScheduleTask { Name = "current", Type = TriggerMailDefaults.Tasks.Chains.Type, Seconds = 60, Enabled = true }, publishEvent: false);

        RunUpgrade(store);

        var chains = store.Query<ScheduleTask>().Where(t => t.Type.EndsWith(".ChainTask")).ToList();
        Assert.That(chains.Select(t => (t.Name, t.Type)), Is.EqualTo(new[] { ("current", TriggerMailDefaults.Tasks.Chains.Type) }));
    }

    [Test]
    public async Task Upgrading_a_store_replaces_the_old_enum_texts_by_the_current_catalogue()
    {
        await using var store = await StoreInstalledByThePreviousVersionAsync();

        RunUpgrade(store);

        var resources = store.Locales.Resources;
        Assert.That(RenamedTypesMigration.PreviousEnumLocaleKeys().Where(key => resources.ContainsKey(key.ToLowerInvariant())), Is.Empty);
        Assert.That(TriggerMailLocales.All.Keys.Where(key => !resources.ContainsKey(key.ToLowerInvariant())), Is.Empty);
        Assert.That(resources, Has.Count.EqualTo(TriggerMailLocales.All.Count));
    }

    [Test]
    public void The_previous_enum_keys_cover_every_enum_the_catalogue_names()
    {
        var enumTypesWithTexts = TriggerMailLocales.All.Keys.Where(key => key.StartsWith("Enums.", StringComparison.Ordinal))
            .Select(key => key["Enums.".Length..key.LastIndexOf('.')]).Distinct();

        var moved = RenamedTypesMigration.MovedEnums.Select(m => m.Enum.FullName);

        Assert.That(moved, Is.EquivalentTo(enumTypesWithTexts));
    }
}
