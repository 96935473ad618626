using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class ScanCursorBuilder : NopEntityBuilder<ScanCursor>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ScanCursor.CursorKey)).AsString(TriggerMailDefaults.DedupeKeyLength).NotNullable();
    }
}
