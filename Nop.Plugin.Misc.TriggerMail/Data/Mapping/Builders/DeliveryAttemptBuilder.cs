using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class DeliveryAttemptBuilder : NopEntityBuilder<DeliveryAttempt>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(DeliveryAttempt.Error)).AsString(TriggerMailDefaults.ErrorLength).Nullable();
    }
}
