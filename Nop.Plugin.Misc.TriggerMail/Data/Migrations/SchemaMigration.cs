using FluentMigrator;
using FluentMigrator.Builders.Create.Index;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.TriggerMail.Data.Mapping;

namespace Nop.Plugin.Misc.TriggerMail.Data.Migrations;

/// <summary>
/// Creates the latest schema on install (update migrations only run on a version change, so this one must
/// always describe the whole schema). Auto-reversed on uninstall: indexes first, then tables.
/// </summary>
[NopMigration("2026/11/22 09:00:00:0000000", "Misc.TriggerMail base schema", MigrationProcessType.Installation)]
public class SchemaMigration : AutoReversingMigration
{
    public override void Up()
    {
        foreach (var entityType in TriggerMailTables.All)
            CreateTable(entityType);

        foreach (var index in TriggerMailIndexes.All)
            CreateIndex(index);
    }

    /// <summary>What nopCommerce's <c>Create.TableFor&lt;TEntity&gt;()</c> does, for an entity type read from the list.</summary>
    private void CreateTable(Type entityType)
    {
        var builder = (CreateTableExpressionBuilder)Create.Table(NameCompatibilityManager.GetTableName(entityType));
        builder.RetrieveTableExpressions(entityType);
    }

    private void CreateIndex(TableIndex index)
    {
        ICreateIndexOnColumnSyntax syntax = Create.Index(index.Name).OnTable(TriggerMailTables.NameOf(index.EntityType));
        foreach (var column in index.Columns)
            syntax = syntax.OnColumn(column).Ascending();

        if (index.IsUnique)
            syntax.WithOptions().Unique();
        else
            syntax.WithOptions().NonClustered();
    }
}
