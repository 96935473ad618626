using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class ConversionBuilder : NopEntityBuilder<Conversion>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(Conversion.StepKey)).AsString(TriggerMailDefaults.KeyLength).NotNullable()
            .WithColumn(nameof(Conversion.VariantKey)).AsString(TriggerMailDefaults.KeyLength).NotNullable();
    }
}
