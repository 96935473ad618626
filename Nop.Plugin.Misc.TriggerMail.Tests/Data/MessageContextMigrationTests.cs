using System.Reflection;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.TriggerMail.Data.Mapping;
using Nop.Plugin.Misc.TriggerMail.Data.Migrations;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Data;

/// <summary>The update from the previous version's schema: what it adds, and that it is a no-op where there is nothing to add.</summary>
[TestFixture]
public class MessageContextMigrationTests
{
    private static readonly string MessageTable = TriggerMailTables.NameOf(typeof(Message));
    private static readonly string StatusMoveTable = TriggerMailTables.NameOf(typeof(StatusMove));
    private static readonly string GuestCartMergeTable = TriggerMailTables.NameOf(typeof(GuestCartMerge));

    [Test]
    public void The_update_is_a_schema_migration_run_on_update_with_a_description()
    {
        var attribute = typeof(MessageContextMigration).GetCustomAttribute<NopMigrationAttribute>();

        Assert.That((attribute.TargetMigrationProcess, attribute.IsSchemaMigration), Is.EqualTo((MigrationProcessType.Update, true)));
        Assert.That(attribute.Description, Does.StartWith("Misc.TriggerMail"));
    }

    [Test]
    public async Task A_store_on_the_previous_schema_gets_the_message_columns_and_the_status_move_and_guest_merge_tables()
    {
        await using var store = await StoreHarness.StartAsync();
        ToPreviousSchema(store);

        MigrationRunner.Up(store.Database.Connection, MigrationRunner.SchemaUpdateMigrations(StoreHarness.PluginAssembly));

        Assert.That(Columns(store), Is.SupersetOf(new[] { nameof(Message.OrderId), nameof(Message.ShipmentId), nameof(Message.IsTracked) }));
        Assert.That(store.IndexNames(StatusMoveTable), Does.Contain(TriggerMailIndexes.StatusMoveRevision.Name));
        Assert.That(store.IndexNames(GuestCartMergeTable),
            Is.SupersetOf(new[] { TriggerMailIndexes.GuestCartMergeLogin.Name, TriggerMailIndexes.GuestCartMergeCustomer.Name }));
    }

    [Test]
    public async Task Messages_sent_before_the_update_keep_counting_their_opens_and_clicks_and_know_no_order()
    {
        await using var store = await StoreHarness.StartAsync();
        ToPreviousSchema(store);
        store.Database.Execute($"INSERT INTO \"{MessageTable}\" (\"MessageGuid\", \"EnrollmentId\", \"StepKey\", \"ScenarioId\", \"CustomerId\", \"StoreId\", " +
            "\"TemplateId\", \"IsTransactional\", \"ToEmail\", \"StatusId\", \"Attempts\", \"CreatedOnUtc\") " +
            $"VALUES ('{Guid.NewGuid().ToString().ToUpperInvariant()}', 1, 'email-1', 1, 1, 1, 1, 0, 'ann@example.com', {(int)MessageStatus.Sent}, 1, '2026-11-01 08:00:00')");

        MigrationRunner.Up(store.Database.Connection, MigrationRunner.SchemaUpdateMigrations(StoreHarness.PluginAssembly));

        var message = store.Query<Message>().Single();
        Assert.That((message.IsTracked, message.OrderId, message.ShipmentId), Is.EqualTo((true, (int?)null, (int?)null)));
    }

    [Test]
    public async Task On_a_fresh_install_the_update_changes_nothing()
    {
        await using var store = await StoreHarness.StartAsync();
        var before = Columns(store);

        var expressions = MigrationRunner.UpExpressions(new MessageContextMigration(), store.Database.Connection);

        Assert.That(expressions, Is.Empty);
        Assert.That(Columns(store), Is.EqualTo(before));
    }

    [Test]
    public async Task Before_the_plugin_is_installed_the_update_changes_nothing()
    {
        await using var store = await StoreHarness.StartAsync();
        store.Database.Execute($"DROP TABLE \"{StatusMoveTable}\"; DROP TABLE \"{GuestCartMergeTable}\"; DROP TABLE \"{MessageTable}\"");

        var expressions = MigrationRunner.UpExpressions(new MessageContextMigration(), store.Database.Connection);

        Assert.That(expressions, Is.Empty);
    }

    // The previous version's schema: no order, shipment or tracked flag on the message, no status move or guest merge table.
    private static void ToPreviousSchema(StoreHarness store)
    {
        store.Database.Execute($"DROP TABLE \"{StatusMoveTable}\"; DROP TABLE \"{GuestCartMergeTable}\"");
        foreach (var column in new[] { nameof(Message.OrderId), nameof(Message.ShipmentId), nameof(Message.IsTracked) })
            store.Database.Execute($"ALTER TABLE \"{MessageTable}\" DROP COLUMN \"{column}\"");
    }

    private static List<string> Columns(StoreHarness store)
    {
        using var command = store.Database.Connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{MessageTable}')";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }
}
