using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class ScenarioStepBuilder : NopEntityBuilder<ScenarioStep>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ScenarioStep.StepKey)).AsString(TriggerMailDefaults.KeyLength).NotNullable()
            .WithColumn(nameof(ScenarioStep.Name)).AsString(400).Nullable();
    }
}
