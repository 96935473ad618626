using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class WatermarkBuilder : NopEntityBuilder<Watermark>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(Watermark.Name)).AsString(TriggerMailDefaults.KeyLength).NotNullable();
    }
}
