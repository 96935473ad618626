using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class ScenarioBuilder : NopEntityBuilder<Scenario>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(Scenario.Name)).AsString(400).NotNullable()
            .WithColumn(nameof(Scenario.Description)).AsString(4000).Nullable();
    }
}
