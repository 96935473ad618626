using FluentMigrator;
using FluentMigrator.Builders.Create.Index;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.TriggerMail.Data.Mapping;
using Nop.Plugin.Misc.TriggerMail.Domain;

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
        Create.TableFor<Scenario>();
        Create.TableFor<ScenarioStep>();
        Create.TableFor<EmailTemplate>();
        Create.TableFor<Segment>();
        Create.TableFor<TriggerInboxItem>();
        Create.TableFor<Enrollment>();
        Create.TableFor<EnrollmentLog>();
        Create.TableFor<Message>();
        Create.TableFor<TrackingEvent>();
        Create.TableFor<Suppression>();
        Create.TableFor<DailyStat>();
        Create.TableFor<ScanCursor>();
        Create.TableFor<MessageLink>();
        Create.TableFor<Conversion>();
        Create.TableFor<CustomerRfmScore>();
        Create.TableFor<DeliveryAttempt>();
        Create.TableFor<StatusMove>();
        Create.TableFor<GuestCartMerge>();

        foreach (var index in TriggerMailIndexes.All)
            CreateIndex(index);
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
