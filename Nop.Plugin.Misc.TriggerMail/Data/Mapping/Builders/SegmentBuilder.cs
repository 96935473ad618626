using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.TriggerMail.Domain;

namespace Nop.Plugin.Misc.TriggerMail.Data.Mapping.Builders;

public class SegmentBuilder : NopEntityBuilder<Segment>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table.WithColumn(nameof(Segment.Name)).AsString(400).NotNullable()
            .WithColumn(nameof(Segment.Description)).AsString(4000).Nullable();
    }
}
