using FluentMigrator;
using FluentMigrator.Builders.Create.Index;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.TriggerMail.Data.Mapping;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Migrations;

/// <summary>
/// Brings a store installed with the previous version to the schema <see cref="SchemaMigration"/> creates: the message's
/// order, shipment and tracked flag, the status move table and the guest cart merge table. A schema migration runs at application start; every
/// step checks first, so it is a no-op on a fresh install (whose schema is already the latest) and before the plugin is
/// installed. Messages written before it know no order or shipment; their opens and clicks still count (a token only
/// comes from a link that was rewritten, so they were tracked when sent).
/// </summary>
[NopSchemaMigration("2026/12/04 18:00:00:0000000", "Misc.TriggerMail message context, status moves and guest cart merges", MigrationProcessType.Update)]
public class MessageContextMigration : MigrationBase
{
    public override void Up()
    {
        var messages = TriggerMailTables.NameOf(typeof(Message));
        if (!Schema.Table(messages).Exists())
            return;

        if (!Schema.Table(messages).Column(nameof(Message.OrderId)).Exists())
            Alter.Table(messages).AddColumn(nameof(Message.OrderId)).AsInt32().Nullable();
        if (!Schema.Table(messages).Column(nameof(Message.ShipmentId)).Exists())
            Alter.Table(messages).AddColumn(nameof(Message.ShipmentId)).AsInt32().Nullable();
        if (!Schema.Table(messages).Column(nameof(Message.IsTracked)).Exists())
            Alter.Table(messages).AddColumn(nameof(Message.IsTracked)).AsBoolean().NotNullable().WithDefaultValue(true);

        CreateTableIfMissing<StatusMove>();
        CreateTableIfMissing<GuestCartMerge>();
    }

    private void CreateTableIfMissing<TEntity>() where TEntity : Nop.Core.BaseEntity
    {
        if (Schema.Table(TriggerMailTables.NameOf(typeof(TEntity))).Exists())
            return;

        Create.TableFor<TEntity>();
        foreach (var index in TriggerMailIndexes.All.Where(i => i.EntityType == typeof(TEntity)))
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

    /// <summary>
    /// Nothing to undo: on uninstall nopCommerce runs every applied migration's Down, and the base schema's Down drops
    /// the tables this one changed.
    /// </summary>
    public override void Down()
    {
    }
}
