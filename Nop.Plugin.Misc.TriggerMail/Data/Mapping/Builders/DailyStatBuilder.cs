using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class DailyStatBuilder : NopEntityBuilder<DailyStat>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(DailyStat.StepKey)).AsString(TriggerMailDefaults.KeyLength).NotNullable()
            .WithColumn(nameof(DailyStat.VariantKey)).AsString(TriggerMailDefaults.KeyLength).NotNullable();
    }
}
