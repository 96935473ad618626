using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class TriggerInboxItemBuilder : NopEntityBuilder<TriggerInboxItem>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(TriggerInboxItem.DedupeKey)).AsString(TriggerMailDefaults.DedupeKeyLength).NotNullable()
            .WithColumn(nameof(TriggerInboxItem.StatusReason)).AsString(TriggerMailDefaults.NoteLength).Nullable();
    }
}
