using System.Data;
using System.Reflection;
using FluentMigrator.Expressions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.TriggerMail.Data.Mapping;
using Nop.Plugin.Misc.TriggerMail.Data.Migrations;
using Nop.Plugin.Misc.TriggerMail.Delivery.Core;
using Nop.Plugin.Misc.TriggerMail.Domain;
using Nop.Plugin.Misc.TriggerMail.Tests.Harness;
using Nop.Plugin.Misc.TriggerMail.Triggers.Core;
using NUnit.Framework;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Data;

[TestFixture]
public class SchemaMigrationTests
{
    private static IReadOnlyList<IMigrationExpression> UpExpressions => MigrationRunner.UpExpressions(new SchemaMigration());

    private static IEnumerable<TableIndex> DeclaredIndexes => TriggerMailIndexes.All;

    private static IEnumerable<Type> Entities => TriggerMailTables.All;

    [Test]
    public void Schema_migration_runs_on_installation_and_has_a_description()
    {
        var attribute = typeof(SchemaMigration).GetCustomAttribute<NopMigrationAttribute>();

        Assert.That(attribute.TargetMigrationProcess, Is.EqualTo(MigrationProcessType.Installation));
        Assert.That(attribute.Description, Does.StartWith("Misc.TriggerMail"));
    }

    [Test]
    public async Task Install_creates_a_TriggerMail_table_for_every_plugin_entity()
    {
        await using var store = await StoreHarness.StartAsync();

        var tables = store.TableNames().Where(t => t.StartsWith("TriggerMail_")).ToList();

        Assert.That(tables, Is.EquivalentTo(Entities.Select(TriggerMailTables.NameOf)));
    }

    [TestCaseSource(nameof(DeclaredIndexes))]
    public async Task Every_declared_index_exists_in_the_installed_database(TableIndex index)
    {
        await using var store = await StoreHarness.StartAsync();

        Assert.That(store.IndexNames(TriggerMailTables.NameOf(index.EntityType)), Does.Contain(index.Name));
    }

    [Test]
    public async Task A_second_message_for_the_same_enrollment_and_step_is_rejected_by_the_database()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.InsertAsync(NewMessage(enrollmentId: 7, stepKey: "reminder-1"));

        var duplicate = NewMessage(enrollmentId: 7, stepKey: "reminder-1");

        var failure = Assert.ThrowsAsync(Is.InstanceOf<Exception>(), () => store.InsertAsync(duplicate));
        Assert.That(TriggerMail.Data.UniqueKeyViolation.IsCausedBy(failure), Is.True);
        Assert.That(store.Query<Message>(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Messages_for_different_steps_of_one_enrollment_are_accepted()
    {
        await using var store = await StoreHarness.StartAsync();

        await store.InsertAsync(NewMessage(enrollmentId: 7, stepKey: "reminder-1"));
        await store.InsertAsync(NewMessage(enrollmentId: 7, stepKey: "reminder-2"));

        Assert.That(store.Query<Message>(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_second_inbox_row_with_the_same_dedupe_key_is_rejected_by_the_database()
    {
        await using var store = await StoreHarness.StartAsync();
        await store.InsertAsync(NewInboxItem("registered:1"));

        var failure = Assert.ThrowsAsync(Is.InstanceOf<Exception>(), () => store.InsertAsync(NewInboxItem("registered:1")));

        Assert.That(TriggerMail.Data.UniqueKeyViolation.IsCausedBy(failure), Is.True);
    }

    [Test]
    public async Task Uninstalling_the_schema_drops_every_plugin_table_and_leaves_the_store_tables()
    {
        await using var store = await StoreHarness.StartAsync();
        var storeTables = store.TableNames().Where(t => !t.StartsWith("TriggerMail_")).ToList();

        await store.UninstallPluginAsync();

        Assert.That(store.TableNames(), Is.EquivalentTo(storeTables));
    }

    [TestCaseSource(nameof(DeclaredIndexes))]
    public void Indexed_string_columns_have_a_bounded_length_so_sql_server_can_index_them(TableIndex index)
    {
        var table = UpExpressions.OfType<CreateTableExpression>().Single(t => t.TableName == TriggerMailTables.NameOf(index.EntityType));

        var unbounded = index.Columns
            .Select(name => table.Columns.Single(c => c.Name == name))
            .Where(c => c.Type == DbType.String && (c.Size is null || c.Size > 450))
            .Select(c => c.Name);

        Assert.That(unbounded, Is.Empty);
    }

    [TestCaseSource(nameof(Entities))]
    public void Every_entity_property_is_a_column_or_an_enum_wrapper_over_an_id_column(Type entity)
    {
        var table = UpExpressions.OfType<CreateTableExpression>().Single(t => t.TableName == TriggerMailTables.NameOf(entity));
        var columns = table.Columns.Select(c => c.Name).ToHashSet();

        var unmapped = entity.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => !columns.Contains(p.Name))
            .Where(p => !(p.PropertyType.IsEnum && columns.Contains(p.Name + "Id")))
            .Select(p => p.Name);

        Assert.That(unmapped, Is.Empty);
    }

    private static Message NewMessage(int enrollmentId, string stepKey) => new()
    {
        MessageGuid = Guid.NewGuid(),
        EnrollmentId = enrollmentId,
        StepKey = stepKey,
        ToEmail = "ann@example.com",
        Status = MessageStatus.Pending,
        CreatedOnUtc = StoreHarness.DefaultNow
    };

    private static TriggerInboxItem NewInboxItem(string dedupeKey) => new()
    {
        TriggerKind = TriggerKind.CustomerRegistered,
        CustomerId = 1,
        StoreId = 1,
        DedupeKey = dedupeKey,
        OccurredOnUtc = StoreHarness.DefaultNow,
        CreatedOnUtc = StoreHarness.DefaultNow
    };
}
